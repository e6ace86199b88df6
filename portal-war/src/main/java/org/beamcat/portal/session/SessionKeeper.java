package org.beamcat.portal.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.portal.catalogue.Authenticator;
import org.beamcat.portal.catalogue.Caller;
import org.beamcat.portal.catalogue.CatalogueException;
import org.beamcat.portal.catalogue.CatalogueException.Kind;
import org.beamcat.portal.catalogue.InvestigationScope;
import org.beamcat.portal.catalogue.PortalCatalogue;

/**
 * Logging in, keeping the catalogue session alive while the person is active, and logging out (use case).
 * Only authenticators the catalogue offers are tried, with exactly the credential keys each one asks for.
 */
public final class SessionKeeper {

    private static final Logger LOG = Logger.getLogger(SessionKeeper.class.getName());
    /** Longest credential value accepted from the form (a password, a user name). */
    static final int MAX_CREDENTIAL_LENGTH = 1024;

    private final PortalCatalogue catalogue;
    private final Duration refreshAfter;
    private final String anonymousAuthenticator;
    private final Clock clock;

    public SessionKeeper(PortalCatalogue catalogue, Duration refreshAfter, String anonymousAuthenticator, Clock clock) {
        this.catalogue = catalogue;
        this.refreshAfter = refreshAfter;
        this.anonymousAuthenticator = anonymousAuthenticator;
        this.clock = clock;
    }

    public String anonymousAuthenticator() {
        return anonymousAuthenticator;
    }

    /** The ways to log in, as the login page lists them. */
    public List<Authenticator> authenticators() throws CatalogueException {
        return catalogue.authenticators();
    }

    /**
     * Logs in with one of the offered authenticators. {@code form} holds what the person typed, by key name;
     * keys the authenticator does not ask for are ignored, and missing ones are refused before the catalogue is asked.
     */
    public LoggedIn logIn(String mnemonic, Map<String, String> form) throws LoginRefused, CatalogueException {
        Optional<Authenticator> offered = catalogue.authenticators().stream()
                .filter(a -> a.mnemonic().equals(mnemonic)).findFirst();
        if (offered.isEmpty()) {
            throw new LoginRefused("This way of logging in is not offered.");
        }
        Map<String, String> credentials = new LinkedHashMap<>();
        for (Authenticator.CredentialKey key : offered.get().keys()) {
            String value = form.get(key.name());
            if (value == null || value.isEmpty()) {
                throw new LoginRefused("Please fill in " + key.name() + ".");
            }
            if (value.length() > MAX_CREDENTIAL_LENGTH) {
                throw new LoginRefused("The " + key.name() + " is too long.");
            }
            credentials.put(key.name(), value);
        }
        Caller caller;
        try {
            caller = catalogue.login(mnemonic, credentials);
        } catch (CatalogueException e) {
            if (e.kind() == Kind.LOGIN_REFUSED) {
                throw new LoginRefused("The catalogue did not accept these credentials.");
            }
            throw e;
        }
        boolean anonymous = mnemonic.equals(anonymousAuthenticator);
        return new LoggedIn(caller, mnemonic, anonymous, !anonymous && seesMoreThanOwnAndPublic(caller), clock.instant());
    }

    /**
     * Whether the rules let the caller read investigations that are neither theirs nor released (root,
     * instrument scientists): then "Everything" is worth offering. Counted by the catalogue with their session.
     */
    boolean seesMoreThanOwnAndPublic(Caller caller) throws CatalogueException {
        long all = catalogue.countInvestigations(caller, InvestigationScope.ALL);
        long mine = catalogue.countInvestigations(caller, InvestigationScope.MINE);
        long released = catalogue.countInvestigations(caller, InvestigationScope.PUBLIC);
        long mineReleased = catalogue.countMineReleased(caller);
        return all > mine + released - mineReleased;
    }

    /**
     * Called on each request of a logged-in person: refreshes the catalogue session when the last refresh is
     * older than the refresh interval. Empty when the catalogue says the session has ended (the person must log
     * in again); a catalogue that does not answer leaves the session as it is (the page will say so itself).
     */
    public Optional<LoggedIn> keepAlive(LoggedIn session) {
        Instant now = clock.instant();
        if (Duration.between(session.refreshedAt(), now).compareTo(refreshAfter) < 0) {
            return Optional.of(session);
        }
        try {
            catalogue.refresh(session.caller());
            return Optional.of(session.refreshed(now));
        } catch (CatalogueException e) {
            if (e.kind() == Kind.SESSION_EXPIRED) {
                return Optional.empty();
            }
            LOG.log(Level.FINE, "could not refresh the catalogue session of " + session, e);
            return Optional.of(session);
        }
    }

    /** Ends the catalogue session; a catalogue that does not answer is logged, the portal forgets the session anyway. */
    public void logOut(LoggedIn session) {
        try {
            catalogue.logout(session.caller());
        } catch (CatalogueException e) {
            LOG.log(Level.WARNING, "could not end the catalogue session of " + session + ": " + e.getMessage());
        }
    }
}
