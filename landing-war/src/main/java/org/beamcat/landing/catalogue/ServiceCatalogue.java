package org.beamcat.landing.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.IcatException;
import org.beamcat.icat.client.ServiceSession;
import org.beamcat.landing.config.DoiJobSettings;

/**
 * The DOI service's own catalogue login (the configured service user), shared by the session job, the
 * data-collection minting, the withdrawal and the embargo job: one session, renewed by logging in again
 * when ICAT says it is gone.
 */
@ApplicationScoped
public class ServiceCatalogue {

    @Inject
    IcatClient icat;

    @Inject
    DoiJobSettings settings;

    private volatile ServiceSession serviceSession;

    public IcatClient client() {
        return icat;
    }

    /** Runs the call with the service user's session. */
    public <T> T call(ServiceSession.Call<T> call) throws IcatException {
        ServiceSession session = serviceSession;
        if (session == null) {
            synchronized (this) {
                if (serviceSession == null) {
                    serviceSession = ServiceSession.of(icat, settings.icatAuthenticator(), settings.icatUser(),
                            settings.icatPassword());
                }
                session = serviceSession;
            }
        }
        return session.call(call);
    }

    /** Whether the session belongs to one of the catalogue's root users. */
    public boolean isRoot(String sessionId) throws IcatException {
        return settings.rootUsers().contains(icat.session(sessionId).userName());
    }

    /** Whether this user name is one of the catalogue's root users. */
    public boolean isRootUser(String userName) {
        return settings.rootUsers().contains(userName);
    }

    /** A string literal for a catalogue query. */
    public static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
