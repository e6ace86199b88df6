package org.beamcat.icat.server.session;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.NulCharacter;
import org.beamcat.icat.server.authn.AuthenticatedUser;
import org.beamcat.icat.server.authn.AuthenticationFailure;
import org.beamcat.icat.server.authn.Authenticator;
import org.beamcat.icat.server.authn.AuthenticatorUnavailable;
import org.beamcat.icat.server.authn.Authenticators;
import org.beamcat.icat.server.config.IcatServerSettings;

/**
 * ICAT sessions: log in through an authenticator, find out who a session id stands for, refresh, log out.
 * Sessions are rows of SESSION_, so they survive restarts and are shared by servers on one database.
 * Every catalogue call that takes a {@code sessionId} starts with {@link #caller(String)}.
 *
 * <p>Expiry follows icat.server: a session lives {@code lifetimeMinutes} from login; refresh sets it to
 * now + lifetime (it does not add); refresh and logout still work on an expired row that the hourly purge
 * has not removed yet; everything else rejects it.
 */
public class SessionService {

    private static final Logger LOG = Logger.getLogger(SessionService.class.getName());

    private final SessionTable table;
    private final Authenticators authenticators;
    private final IcatServerSettings settings;
    private final Clock clock;

    public SessionService(DataSource catalogue, Authenticators authenticators, IcatServerSettings settings,
            Clock clock) {
        this.table = new SessionTable(catalogue);
        this.authenticators = authenticators;
        this.settings = settings;
        this.clock = clock;
    }

    /** Authenticates with the authenticator of that mnemonic and opens a session. @return the session id */
    public String login(String mnemonic, Map<String, String> credentials) throws IcatServerException {
        Authenticator authenticator = authenticators.find(mnemonic).orElseThrow(() -> new IcatServerException(
                IcatErrorType.SESSION, "Authenticator mnemonic " + mnemonic + " not recognised"));
        AuthenticatedUser user;
        try {
            user = authenticator.authenticate(credentials);
        } catch (AuthenticationFailure e) {
            LOG.log(Level.INFO, "Login refused by authenticator {0}: {1}", new Object[] {mnemonic, e.getMessage()});
            throw new IcatServerException(IcatErrorType.SESSION, e.getMessage());
        } catch (AuthenticatorUnavailable e) {
            LOG.log(Level.SEVERE, "Authenticator " + mnemonic + " is not working: " + e.getMessage(), e);
            throw new IcatServerException(IcatErrorType.INTERNAL, "No authenticator of type " + mnemonic + " is working");
        }
        StoredSession session = new StoredSession(UUID.randomUUID().toString(), user.userName(), expiryFromNow());
        try {
            table.insert(session);
        } catch (SQLException e) {
            throw databaseFailure(e);
        }
        LOG.log(Level.FINE, "{0} logged in", session.userName());
        return session.id();
    }

    /** Who the session stands for. @throws IcatServerException SESSION if it is empty, unknown or expired */
    public Caller caller(String sessionId) throws IcatServerException {
        String userName = live(sessionId).userName();
        return new Caller(userName, settings.isRoot(userName));
    }

    /** The session's user and remaining minutes. @throws IcatServerException SESSION as {@link #caller} */
    public SessionInfo describe(String sessionId) throws IcatServerException {
        StoredSession session = live(sessionId);
        return new SessionInfo(session.userName(), minutesLeft(session));
    }

    public double remainingMinutes(String sessionId) throws IcatServerException {
        return minutesLeft(live(sessionId));
    }

    /** Sets expiry to now + lifetime; accepted for an expired session not yet purged, as in ICAT. */
    public void refresh(String sessionId) throws IcatServerException {
        requireId(sessionId);
        try {
            if (!table.setExpiry(sessionId, expiryFromNow())) {
                throw unknown(sessionId);
            }
        } catch (SQLException e) {
            throw databaseFailure(e);
        }
    }

    /** Deletes the session; accepted for an expired session not yet purged, as in ICAT. */
    public void logout(String sessionId) throws IcatServerException {
        requireId(sessionId);
        try {
            if (!table.delete(sessionId)) {
                throw unknown(sessionId);
            }
        } catch (SQLException e) {
            throw databaseFailure(e);
        }
    }

    /** Whether the user (full name, {@code simple/alice}) has a session, expired ones not yet purged included. */
    public boolean isLoggedIn(String userName) throws IcatServerException {
        NulCharacter.refuseIn(userName, "user name");
        try {
            return table.anyFor(userName);
        } catch (SQLException e) {
            throw databaseFailure(e);
        }
    }

    /** Deletes every expired session. @return how many */
    public int purgeExpired() throws IcatServerException {
        try {
            return table.deleteExpired(clock.instant());
        } catch (SQLException e) {
            throw databaseFailure(e);
        }
    }

    private StoredSession live(String sessionId) throws IcatServerException {
        requireId(sessionId);
        StoredSession session;
        try {
            session = table.find(sessionId).orElseThrow(() -> unknown(sessionId));
        } catch (SQLException e) {
            throw databaseFailure(e);
        }
        if (!session.expiresAt().isAfter(clock.instant())) {
            throw new IcatServerException(IcatErrorType.SESSION, "Session id:" + sessionId + " has expired");
        }
        return session;
    }

    private static void requireId(String sessionId) throws IcatServerException {
        if (sessionId == null || sessionId.isEmpty()) {
            throw new IcatServerException(IcatErrorType.SESSION, "Session Id cannot be null or empty.");
        }
        NulCharacter.refuseIn(sessionId, "sessionId");
    }

    private static IcatServerException unknown(String sessionId) {
        return new IcatServerException(IcatErrorType.SESSION, "Unable to find user by sessionid: " + sessionId);
    }

    private Instant expiryFromNow() {
        return clock.instant().plus(Duration.ofMinutes(settings.lifetimeMinutes()));
    }

    private double minutesLeft(StoredSession session) {
        return Duration.between(clock.instant(), session.expiresAt()).toMillis() / 60_000.0;
    }

    private static IcatServerException databaseFailure(SQLException e) {
        LOG.log(Level.SEVERE, "Session table access failed", e);
        return new IcatServerException(IcatErrorType.INTERNAL, "Unexpected DB response while handling the session");
    }
}
