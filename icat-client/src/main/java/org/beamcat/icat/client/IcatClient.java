package org.beamcat.icat.client;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Client of the ICAT REST API ({@code <server>/icat/...}), for icat-server and for a real ICAT 4.7+.
 * Thread-safe; create one per ICAT server and share it. The server URL is the host URL without
 * {@code /icat}, as ids.server's {@code icat.url} is.
 *
 * <p>Entities travel as the API's own JSON ({@code {"Dataset":{…}}}), so the client works with any
 * schema version. Every failure is an {@link IcatException} whose type is the server's error code.
 */
public final class IcatClient {

    private final URI icatRoot;
    private final HttpClient http;
    private final Duration requestTimeout;

    private IcatClient(URI serverUrl, Duration requestTimeout) {
        String base = serverUrl.toString().replaceAll("/+$", "");
        this.icatRoot = URI.create(base + "/icat/");
        this.requestTimeout = requestTimeout;
        // HTTP/1.1: over plain http the JDK client otherwise asks for an h2c upgrade, and Payara 6's h2c
        // resets a stream with a long URL (a delete of a hundred entities) and then answers 431 to later calls
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(requestTimeout).build();
    }

    public static IcatClient create(URI serverUrl, Duration requestTimeout) {
        Objects.requireNonNull(serverUrl, "serverUrl");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        return new IcatClient(serverUrl, requestTimeout);
    }

    /** The root URL calls are made against, ending in {@code /icat/}. */
    public URI icatRoot() {
        return icatRoot;
    }

    // --- unauthenticated -------------------------------------------------------------------------

    /** The catalogue's release number, e.g. "4.7.0" (GET version). */
    public String version() throws IcatException {
        return expectObject(send(get("version", Map.of()))).getString("version", null);
    }

    /** Server properties: maxEntities, lifetimeMinutes, authenticators (GET properties). */
    public JsonObject properties() throws IcatException {
        return expectObject(send(get("properties", Map.of())));
    }

    /** Whether the user (full name, e.g. {@code simple/alice}) has a session (GET user/…). */
    public boolean isLoggedIn(String userName) throws IcatException {
        return expectObject(send(get("user/" + UrlEncoding.pathSegments(userName), Map.of())))
                .getBoolean("loggedIn");
    }

    // --- sessions --------------------------------------------------------------------------------

    /** Logs in with an authenticator ("plugin") and its credentials; returns the session id. */
    public String login(String plugin, Map<String, String> credentials) throws IcatException {
        JsonArrayBuilder credentialList = Json.createArrayBuilder();
        credentials.forEach((key, value) -> credentialList.add(Json.createObjectBuilder().add(key, value)));
        JsonObject json = Json.createObjectBuilder().add("plugin", plugin).add("credentials", credentialList).build();
        return expectObject(send(postForm("session", Map.of("json", json.toString())))).getString("sessionId");
    }

    public SessionInfo session(String sessionId) throws IcatException {
        JsonObject body = expectObject(send(get("session/" + UrlEncoding.pathSegments(sessionId), Map.of())));
        return new SessionInfo(body.getString("userName"), body.getJsonNumber("remainingMinutes").doubleValue());
    }

    /** Resets the session's lifetime (PUT session/{id}). */
    public void refresh(String sessionId) throws IcatException {
        expectNoContent(send(request("session/" + UrlEncoding.pathSegments(sessionId), Map.of())
                .PUT(HttpRequest.BodyPublishers.noBody()).build()));
    }

    public void logout(String sessionId) throws IcatException {
        expectNoContent(send(request("session/" + UrlEncoding.pathSegments(sessionId), Map.of()).DELETE().build()));
    }

    // --- entities --------------------------------------------------------------------------------

    /** Runs a search; each element is an entity row ({@code {"Dataset":{…}}}), a value or an array of values. */
    public JsonArray search(String sessionId, String query) throws IcatException {
        JsonStructure body = send(get("entityManager", Map.of("sessionId", sessionId, "query", query)));
        if (!(body instanceof JsonArray rows)) {
            throw new IcatException("ICAT answered a search with something other than a JSON array", null);
        }
        return rows;
    }

    /**
     * Runs a search page by page ({@code LIMIT offset, pageSize} appended to the query), so that results of
     * any size can be walked without asking the server for more than {@code pageSize} rows at once. The
     * query must not have a LIMIT of its own, and should ORDER BY something unique for stable pages.
     */
    public Stream<JsonValue> searchAll(String sessionId, String query, int pageSize) throws IcatException {
        return new PagedSearch(this, sessionId, query, pageSize).stream();
    }

    /**
     * ICAT 6.1's document search ({@code GET search/documents}): {@code query} is the JSON query object,
     * {@code sort} a JSON object of fields to directions or null (relevance), {@code searchAfter} the previous
     * page's cursor (a JSON array) or null, {@code maxCount} the page size. Answers the engine's JSON as it is.
     */
    public JsonObject searchDocuments(String sessionId, String query, String sort, String searchAfter, int maxCount)
            throws IcatException {
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        parameters.put("sessionId", sessionId);
        parameters.put("query", query);
        if (sort != null) {
            parameters.put("sort", sort);
        }
        if (searchAfter != null) {
            parameters.put("search_after", searchAfter);
        }
        parameters.put("maxCount", Integer.toString(maxCount));
        parameters.put("minCount", Integer.toString(maxCount));
        return expectObject(send(get("search/documents", parameters)));
    }

    /** Gets one entity by id; {@code entityQuery} is a get query such as {@code Dataset INCLUDE 1}. */
    public JsonObject get(String sessionId, String entityQuery, long id) throws IcatException {
        return expectObject(send(get("entityManager",
                Map.of("sessionId", sessionId, "query", entityQuery, "id", Long.toString(id)))));
    }

    /**
     * Creates and/or updates entities in one transaction (POST entityManager). Returns the ids of the
     * created top-level entities, in input order; updates add nothing.
     */
    public List<Long> write(String sessionId, List<JsonObject> entities) throws IcatException {
        JsonArrayBuilder array = Json.createArrayBuilder();
        entities.forEach(array::add);
        JsonStructure body = send(postForm("entityManager",
                Map.of("sessionId", sessionId, "entities", array.build().toString())));
        if (!(body instanceof JsonArray ids)) {
            throw new IcatException("ICAT answered a write with something other than a JSON array of ids", null);
        }
        List<Long> result = new ArrayList<>(ids.size());
        for (JsonValue id : ids) {
            result.add(((JsonNumber) id).longValue());
        }
        return result;
    }

    /** Creates one entity, e.g. {@code create(s, "Facility", Json.createObjectBuilder().add("name","ESRF").build())}. */
    public long create(String sessionId, String entityName, JsonObject fields) throws IcatException {
        List<Long> ids = write(sessionId, List.of(Json.createObjectBuilder().add(entityName, fields).build()));
        if (ids.size() != 1) {
            throw new IcatException("ICAT returned " + ids.size() + " ids for one created " + entityName, null);
        }
        return ids.get(0);
    }

    /** Changes the given fields of an existing entity ({@code fields} must contain its {@code id}). */
    public void update(String sessionId, String entityName, JsonObject fields) throws IcatException {
        if (!fields.containsKey("id")) {
            throw new IllegalArgumentException("an update needs the id of the " + entityName);
        }
        write(sessionId, List.of(Json.createObjectBuilder().add(entityName, fields).build()));
    }

    /** Deletes entities given as {@code {"Dataset":{"id":n}}}, with everything below them. */
    public void delete(String sessionId, List<EntityRef> entities) throws IcatException {
        JsonArrayBuilder array = Json.createArrayBuilder();
        entities.forEach(ref -> array.add(ref.toJson()));
        expectNoContent(send(request("entityManager",
                Map.of("sessionId", sessionId, "entities", array.build().toString())).DELETE().build()));
    }

    // --- HTTP --------------------------------------------------------------------------------------

    private HttpRequest.Builder request(String path, Map<String, String> query) {
        return HttpRequest.newBuilder(icatRoot.resolve(path + UrlEncoding.queryString(query)))
                .timeout(requestTimeout)
                .header("Accept", "application/json");
    }

    private HttpRequest get(String path, Map<String, String> query) {
        return request(path, query).GET().build();
    }

    private HttpRequest postForm(String path, Map<String, String> form) {
        return request(path, Map.of())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(UrlEncoding.form(form)))
                .build();
    }

    /** Sends the request; returns the JSON body of a 200 (null for 204), or throws the server's error. */
    private JsonStructure send(HttpRequest request) throws IcatException {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IcatException("ICAT at " + icatRoot + " could not be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IcatException("Interrupted while calling ICAT at " + icatRoot, e);
        }
        int status = response.statusCode();
        if (status == 204) {
            return null;
        }
        if (status != 200) {
            throw IcatErrorBody.toException(status, response.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        } catch (JsonException | IllegalStateException e) {
            throw new IcatException("ICAT answered " + request.uri().getPath() + " with a body that is not JSON", e);
        }
    }

    private static JsonObject expectObject(JsonStructure body) throws IcatException {
        if (body instanceof JsonObject object) {
            return object;
        }
        throw new IcatException("ICAT answered with something other than a JSON object", null);
    }

    private static void expectNoContent(JsonStructure body) throws IcatException {
        if (body != null) {
            throw new IcatException("ICAT answered with a body where none was expected", null);
        }
    }
}
