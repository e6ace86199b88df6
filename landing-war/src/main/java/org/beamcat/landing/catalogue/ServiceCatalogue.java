package org.beamcat.landing.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import org.beamcat.icat.client.CatalogueAccount;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.IcatException;
import org.beamcat.icat.client.IcatQuery;
import org.beamcat.icat.client.RootUsers;
import org.beamcat.icat.client.ServiceSession;
import org.beamcat.landing.config.DoiJobSettings;

/**
 * The DOI service's own catalogue login (the configured service user, icat-client's {@link CatalogueAccount}:
 * logged in when first needed, again when ICAT says the session is gone), shared by the session job, the
 * data-collection minting, the withdrawal and the embargo job; and the catalogue's root users
 * ({@link RootUsers}, the one root check).
 */
@ApplicationScoped
public class ServiceCatalogue {

    @Inject
    IcatClient icat;

    @Inject
    DoiJobSettings settings;

    private volatile CatalogueAccount account;

    public IcatClient client() {
        return icat;
    }

    /** The service user's account (built on first use; logging in happens at its first call). */
    public CatalogueAccount account() {
        CatalogueAccount a = account;
        if (a == null) {
            synchronized (this) {
                if (account == null) {
                    account = CatalogueAccount.of(icat, settings.icatAuthenticator(), settings.icatUser(),
                            settings.icatPassword());
                }
                a = account;
            }
        }
        return a;
    }

    /** Runs the call with the service user's session. */
    public <T> T call(ServiceSession.Call<T> call) throws IcatException {
        return account().call(call);
    }

    /** A search as the service user. */
    public JsonArray search(IcatQuery query) throws IcatException {
        return account().search(query);
    }

    /** Whether the session belongs to one of the catalogue's root users. */
    public boolean isRoot(String sessionId) throws IcatException {
        return rootUsers().includesSessionOf(icat, sessionId);
    }

    /** Whether this user name is one of the catalogue's root users. */
    public boolean isRootUser(String userName) {
        return rootUsers().includes(userName);
    }

    private RootUsers rootUsers() {
        return RootUsers.of(settings.rootUsers());
    }
}
