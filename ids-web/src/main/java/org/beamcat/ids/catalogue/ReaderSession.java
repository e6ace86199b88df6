package org.beamcat.ids.catalogue;

import java.util.Optional;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.IcatException;
import org.beamcat.icat.client.ServiceSession;
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

    private final Optional<ServiceSession> session;

    public ReaderSession(IcatClient icat, Optional<ReaderSettings> settings) {
        this.session = settings.map(reader -> new ServiceSession(() -> icat.login(reader.authenticator(),
                reader.credentials())));
    }

    public boolean configured() {
        return session.isPresent();
    }

    /** Runs the call with the reader's session, logging in again once if the session has expired. */
    public <T> T call(Call<T> call) throws IcatException, IdsException {
        ServiceSession reader = session.orElseThrow(() -> new InsufficientPrivilegesException(
                "No IDS reader account is configured (beamcat.ids.reader.*), so a sessionId is needed"));
        return reader.call(call::apply);
    }
}
