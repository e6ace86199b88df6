package org.beamcat.icat.client;

import java.util.Map;
import java.util.Objects;

/**
 * A service account's catalogue session, for modules that call ICAT on their own behalf (the IDS reader,
 * ingestion, the DOI job): logged in when first needed, and again, once, when ICAT says the session has
 * gone (expired or purged). Thread-safe.
 */
public final class ServiceSession {

    /** How the account logs in; returns a session id. */
    @FunctionalInterface
    public interface Login {
        String login() throws IcatException;
    }

    /** A catalogue call made with a session id. */
    @FunctionalInterface
    public interface Call<T> {
        T apply(String sessionId) throws IcatException;
    }

    /** How a session's lifetime is reset ({@code IcatClient::refresh}). */
    @FunctionalInterface
    public interface Refresh {
        void refresh(String sessionId) throws IcatException;
    }

    private final Login login;
    private String sessionId;

    public ServiceSession(Login login) {
        this.login = Objects.requireNonNull(login, "login");
    }

    /** The account {@code user} of authenticator {@code authenticator}, with a username/password pair. */
    public static ServiceSession of(IcatClient client, String authenticator, String user, String password) {
        return new ServiceSession(() -> client.login(authenticator, Map.of("username", user, "password", password)));
    }

    /** Runs the call with the account's session; on a SESSION error logs in again and runs it once more. */
    public <T> T call(Call<T> call) throws IcatException {
        String session = session(null);
        try {
            return call.apply(session);
        } catch (IcatException e) {
            if (e.type() != IcatErrorType.SESSION) {
                throw e;
            }
            return call.apply(session(session));
        }
    }

    /**
     * Resets the lifetime of the account's session, if it has one; a session ICAT says is gone is dropped,
     * so that the next call logs in again. For jobs that keep a session alive between calls.
     */
    public void refresh(Refresh refresh) throws IcatException {
        String current;
        synchronized (this) {
            current = sessionId;
        }
        if (current == null) {
            return;
        }
        try {
            refresh.refresh(current);
        } catch (IcatException e) {
            if (e.type() != IcatErrorType.SESSION) {
                throw e;
            }
            synchronized (this) {
                if (current.equals(sessionId)) {
                    sessionId = null;
                }
            }
        }
    }

    /** The current session, or a new one when there is none or the given one has been found gone. */
    private synchronized String session(String gone) throws IcatException {
        if (sessionId == null || sessionId.equals(gone)) {
            sessionId = login.login();
        }
        return sessionId;
    }
}
