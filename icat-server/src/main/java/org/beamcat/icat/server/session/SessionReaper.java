package org.beamcat.icat.server.session;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.icat.server.IcatServerException;

/**
 * Deletes expired sessions every hour, as icat.server does. The timer is not persistent: a missed run
 * changes nothing, and each server of a cluster purging the shared table is harmless. Deliberately not
 * {@code @Startup}: an eager bean would build SessionService (and so read the settings) before the
 * settings check, and a bad setting would then fail the deployment as "Initialization failed for
 * Singleton SessionReaper" instead of with the message naming the key.
 */
@Singleton
@DependsOn("SchemaMigrator")
public class SessionReaper {

    private static final Logger LOG = Logger.getLogger(SessionReaper.class.getName());

    @Inject
    SessionService sessions;

    @Schedule(hour = "*", minute = "7", persistent = false)
    void purgeHourly() {
        try {
            int purged = sessions.purgeExpired();
            LOG.log(purged > 0 ? Level.INFO : Level.FINE, "Purged {0} expired sessions", purged);
        } catch (IcatServerException e) {
            LOG.log(Level.WARNING, "Purging expired sessions failed: {0}", e.getMessage());
        }
    }
}
