package org.beamcat.bench;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.IcatException;

/** The catalogue through the project's own client (icat-client), for set-up work that is not timed. */
public final class Catalogue {

    private final IcatClient client;
    private final String session;

    private Catalogue(IcatClient client, String session) {
        this.client = client;
        this.session = session;
    }

    public static Catalogue login(Target target, String user, String password) throws IcatException {
        IcatClient client = IcatClient.create(target.url, Duration.ofMinutes(30));
        Map<String, String> credentials = new LinkedHashMap<>();
        credentials.put("username", user);
        credentials.put("password", password);
        return new Catalogue(client, client.login("simple", credentials));
    }

    public String session() {
        return session;
    }

    public JsonArray search(String query) throws IcatException {
        return client.search(session, query);
    }

    public Optional<Long> findId(String query) throws IcatException {
        JsonArray rows = search(query);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getJsonNumber(0).longValue());
    }

    public long id(String query) throws IcatException {
        return findId(query).orElseThrow(() -> new IllegalStateException("nothing found for: " + query));
    }

    public long count(String query) throws IcatException {
        return search(query).getJsonNumber(0).longValue();
    }

    public List<Long> write(List<JsonObject> entities) throws IcatException {
        return client.write(session, entities);
    }

    public static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
