package org.beamcat.demo;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.IcatException;

/** The ICAT calls the loader needs, on one root session. */
final class DemoCatalogue {

    private final IcatClient client;
    private final String sessionId;

    private DemoCatalogue(IcatClient client, String sessionId) {
        this.client = client;
        this.sessionId = sessionId;
    }

    static DemoCatalogue login(IcatClient client, String authenticator, String user, String password)
            throws IcatException {
        return new DemoCatalogue(client, client.login(authenticator, Map.of("username", user, "password", password)));
    }

    /** The id a {@code SELECT x.id FROM …} query finds, if any. */
    Optional<Long> findId(String idQuery) throws IcatException {
        JsonArray rows = client.search(sessionId, idQuery);
        return rows.isEmpty() ? Optional.empty() : Optional.of(((JsonNumber) rows.get(0)).longValue());
    }

    long create(String entityName, JsonObject fields) throws IcatException {
        return client.create(sessionId, entityName, fields);
    }

    List<Long> write(List<JsonObject> entities) throws IcatException {
        return client.write(sessionId, entities);
    }

    /** {@code {"id": n}}: how a to-one reference is written. */
    static JsonObject ref(long id) {
        return Json.createObjectBuilder().add("id", id).build();
    }

    /** ICAT string literal: single quotes doubled. */
    static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
