package org.beamcat.ids.catalogue;

import java.util.Optional;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.client.IcatException;
import org.beamcat.ids.config.ReaderSettings;
import org.beamcat.ids.error.IdsException;
import org.beamcat.ids.error.InsufficientPrivilegesException;

/**
 * The IDS reader account's catalogue session: logged in on first use, and again when the catalogue
 * says the session has gone (contract 2.13, "Session handling"). Thread-safe.
 */
public final class ReaderSession {

    /** A catalogue call made with a session id. */
    @FunctionalInterface
    public interface Call<T> {
        T apply(String sessionId) throws IcatException;
    }

    private final IcatClient icat;
    private final Optional<ReaderSettings> settings;
    private String sessionId;

    public ReaderSession(IcatClient icat, Optional<ReaderSettings> settings) {
        this.icat = icat;
        this.settings = settings;
    }

    public boolean configured() {
        return settings.isPresent();
    }

    /** Runs the call with the reader's session, logging in again once if the session has expired. */
    public <T> T call(Call<T> call) throws IcatException, IdsException {
        String session = session(false);
        try {
            return call.apply(session);
        } catch (IcatException e) {
            if (e.type() != IcatErrorType.SESSION) {
                throw e;
            }
            return call.apply(session(true));
        }
    }

    private synchronized String session(boolean renew) throws IcatException, IdsException {
        ReaderSettings reader = settings.orElseThrow(() -> new InsufficientPrivilegesException(
                "No IDS reader account is configured (beamcat.ids.reader.*), so a sessionId is needed"));
        if (sessionId == null || renew) {
            sessionId = icat.login(reader.authenticator(), reader.credentials());
        }
        return sessionId;
    }
}
