package org.beamcat.icat.server.session;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.icat.server.IcatServerException;

/**
 * Deletes expired sessions at start-up and then every hour, as icat.server does. The timer is not
 * persistent: a missed run changes nothing, and each server of a cluster purging the shared table is harmless.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
public class SessionReaper {

    private static final Logger LOG = Logger.getLogger(SessionReaper.class.getName());

    @Inject
    SessionService sessions;

    @PostConstruct
    void purgeAtStartup() {
        purge();
    }

    @Schedule(hour = "*", minute = "7", persistent = false)
    void purgeHourly() {
        purge();
    }

    private void purge() {
        try {
            int purged = sessions.purgeExpired();
            LOG.log(purged > 0 ? Level.INFO : Level.FINE, "Purged {0} expired sessions", purged);
        } catch (IcatServerException e) {
            LOG.log(Level.WARNING, "Purging expired sessions failed: {0}", e.getMessage());
        }
    }
}
