package org.beamcat.ingest.registration;

import java.util.List;
import java.util.Map;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.client.IcatException;
import org.beamcat.ingest.config.IngestSettings.IcatLogin;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The ingestion service account's catalogue session: logs in when first needed and again when the
 * session has expired (one retry of the failed call). Thread-safe.
 */
public final class CatalogueSession {

    private final IcatClient client;
    private final IcatLogin login;
    private volatile String sessionId;

    public CatalogueSession(IcatClient client, IcatLogin login) {
        this.client = client;
        this.login = login;
    }

    @FunctionalInterface
    interface Call<T> {
        T run(IcatClient client, String sessionId) throws IcatException;
    }

    <T> T call(Call<T> call) throws IcatException {
        String session = session();
        try {
            return call.run(client, session);
        } catch (IcatException e) {
            if (e.type() != IcatErrorType.SESSION) {
                throw e;
            }
            synchronized (this) {
                if (session.equals(sessionId)) {
                    sessionId = null;
                }
            }
            return call.run(client, session());
        }
    }

    JsonArray search(String query) throws IcatException {
        return call((c, s) -> c.search(s, query));
    }

    List<JsonValue> searchAll(String query, int pageSize) throws IcatException {
        return call((c, s) -> {
            try {
                return c.searchAll(s, query, pageSize).toList();
            } catch (org.beamcat.icat.client.IcatPagingException e) {
                throw e.icatException();
            }
        });
    }

    List<Long> write(List<JsonObject> entities) throws IcatException {
        return call((c, s) -> c.write(s, entities));
    }

    private synchronized String session() throws IcatException {
        if (sessionId == null) {
            sessionId = client.login(login.authenticator(),
                    Map.of("username", login.user(), "password", login.password()));
        }
        return sessionId;
    }

    /** A JPQL string literal. */
    static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
