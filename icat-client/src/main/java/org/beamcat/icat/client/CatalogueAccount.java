package org.beamcat.icat.client;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalogue as one service account sees it: an {@link IcatClient} and that account's
 * {@link ServiceSession} (logged in when first needed, again once when ICAT says the session has gone,
 * refreshed on demand), with searches taken only as {@link IcatQuery}. The one service-account entry point
 * that ingestion, the IDS, the DOI service, the demo loader and the bench build their catalogue ports on.
 * Thread-safe.
 */
public final class CatalogueAccount {

    private final IcatClient client;
    private final ServiceSession session;

    public CatalogueAccount(IcatClient client, ServiceSession session) {
        this.client = Objects.requireNonNull(client, "client");
        this.session = Objects.requireNonNull(session, "session");
    }

    /** The account {@code user} of authenticator {@code authenticator}, with a username/password pair. */
    public static CatalogueAccount of(IcatClient client, String authenticator, String user, String password) {
        return new CatalogueAccount(client, ServiceSession.of(client, authenticator, user, password));
    }

    public IcatClient client() {
        return client;
    }

    /** Any call with the account's session id (re-login on expiry included). */
    public <T> T call(ServiceSession.Call<T> call) throws IcatException {
        return session.call(call);
    }

    /** Resets the session's lifetime (see {@link ServiceSession#refresh}). */
    public void refresh() throws IcatException {
        session.refresh(client::refresh);
    }

    public JsonArray search(IcatQuery query) throws IcatException {
        String text = query.text();
        return call(s -> client.search(s, text));
    }

    /** Every row of a search without a LIMIT, fetched {@code pageSize} at a time, in one list. */
    public List<JsonValue> searchAll(IcatQuery query, int pageSize) throws IcatException {
        String text = query.text();
        return call(s -> {
            try {
                return client.searchAll(s, text, pageSize).toList();
            } catch (IcatPagingException e) {
                throw e.icatException();
            }
        });
    }

    /** The number the first row holds ({@code SELECT x.id …}, {@code SELECT COUNT(x) …}), if there is a row. */
    public Optional<Long> findNumber(IcatQuery query) throws IcatException {
        JsonArray rows = search(query);
        return rows.isEmpty() || !(rows.get(0) instanceof JsonNumber number)
                ? Optional.empty() : Optional.of(number.longValue());
    }

    public JsonObject get(String entityQuery, long id) throws IcatException {
        return call(s -> client.get(s, entityQuery, id));
    }

    public List<Long> write(List<JsonObject> entities) throws IcatException {
        return call(s -> client.write(s, entities));
    }

    public long create(String entityName, JsonObject fields) throws IcatException {
        return call(s -> client.create(s, entityName, fields));
    }

    public void update(String entityName, JsonObject fields) throws IcatException {
        call(s -> {
            client.update(s, entityName, fields);
            return null;
        });
    }

    public void delete(List<EntityRef> entities) throws IcatException {
        call(s -> {
            client.delete(s, entities);
            return null;
        });
    }
}
