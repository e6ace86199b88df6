package org.beamcat.ingest.registration;

import java.util.List;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.IcatException;
import org.beamcat.icat.client.ServiceSession;
import org.beamcat.ingest.config.IngestSettings.IcatLogin;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The ingestion service account's catalogue calls, on a {@link ServiceSession} (logged in when first
 * needed and again, once, when the session has expired). Thread-safe.
 */
public final class CatalogueSession {

    private final IcatClient client;
    private final ServiceSession session;

    public CatalogueSession(IcatClient client, IcatLogin login) {
        this.client = client;
        this.session = ServiceSession.of(client, login.authenticator(), login.user(), login.password());
    }

    @FunctionalInterface
    interface Call<T> {
        T run(IcatClient client, String sessionId) throws IcatException;
    }

    <T> T call(Call<T> call) throws IcatException {
        return session.call(sessionId -> call.run(client, sessionId));
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

    /** A JPQL string literal. */
    static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
