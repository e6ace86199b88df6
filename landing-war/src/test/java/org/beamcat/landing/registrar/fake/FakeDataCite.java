package org.beamcat.landing.registrar.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.beamcat.landing.doi.Doi;

/**
 * An HTTP server on the loopback interface that behaves like the DataCite REST API's {@code /dois}
 * endpoint, as its documentation describes it: JSON:API documents, Basic auth with a repository account
 * that owns one prefix, the draft → registered/findable state machine with its events, DataCite's
 * error shapes and statuses (401, 403, 404, 415, 422), and its quirks that matter to a client (a PUT
 * to an unknown DOI creates it; DOIs come back lower-case; the landing page must be on a domain the
 * repository allows).
 *
 * <p>Faults can be injected: the next requests answer 429 or 5xx or lose their connection, or the
 * server "crashes" right after storing a new draft and drops every connection until it recovers.
 */
public final class FakeDataCite implements AutoCloseable {

    public static final String ALREADY_TAKEN = "This DOI has already been taken";
    public static final String BAD_CREDENTIALS = "Bad credentials.";
    public static final String NOT_FOUND = "The resource you are looking for doesn't exist.";
    public static final String FORBIDDEN = "You are not authorized to access this resource.";
    public static final String DOMAIN_NOT_ALLOWED = "URL is not allowed by repository domain settings.";

    private static final String JSON_API = "application/vnd.api+json";

    private final HttpServer server;
    private final String repositoryId;
    private String password;
    private final String prefix;
    private final Map<String, FakeDoiRecord> records = new LinkedHashMap<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final List<String> requests = new ArrayList<>();
    private Set<String> allowedDomains = Set.of("*");
    private boolean crashAfterNextDraft;
    private int restartAfter;
    private boolean down;

    private FakeDataCite(String repositoryId, String password, String prefix) throws IOException {
        this.repositoryId = repositoryId;
        this.password = password;
        this.prefix = prefix;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/dois", this::handle);
        server.start();
    }

    /** A server for one repository account owning one prefix, e.g. ("INIST.ESRF", "secret", "10.15151"). */
    public static FakeDataCite start(String repositoryId, String password, String prefix) {
        try {
            return new FakeDataCite(repositoryId, password, prefix);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake DataCite", e);
        }
    }

    public URI url() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getHostString() + ":" + address.getPort());
    }

    /** The landing-page hosts the repository may register, as in DataCite's repository settings. */
    public synchronized void allowDomains(String... hosts) {
        allowedDomains = Set.of(hosts);
    }

    /** The next {@code count} requests, whatever they are, fail this way. */
    public synchronized void failNext(int count, Fault fault) {
        for (int i = 0; i < count; i++) {
            faults.add(fault);
        }
    }

    /** The next POST that creates a draft stores it, then the server drops all connections until {@link #recover()}. */
    public synchronized void crashAfterNextDraft() {
        crashAfterNextDraft(Integer.MAX_VALUE);
    }

    /** As {@link #crashAfterNextDraft()}, but the server is back by itself after dropping this many more requests. */
    public synchronized void crashAfterNextDraft(int requestsWhileDown) {
        crashAfterNextDraft = true;
        restartAfter = requestsWhileDown;
    }

    /** Changes the repository password, as an administrator rotating it at DataCite would. */
    public synchronized void changePassword(String newPassword) {
        password = newPassword;
    }

    public synchronized void recover() {
        down = false;
    }

    /** Every request received, as "METHOD /path", faults included. */
    public synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    public synchronized long requestCount(String methodAndPathStart) {
        return requests.stream().filter(request -> request.startsWith(methodAndPathStart)).count();
    }

    public synchronized int doiCount() {
        return records.size();
    }

    public synchronized Optional<String> state(String doi) {
        return Optional.ofNullable(records.get(doi.toLowerCase(Locale.ROOT))).map(record -> record.state);
    }

    /** The attributes as stored, in the response shape. */
    public synchronized Optional<JsonObject> attributes(String doi) {
        return Optional.ofNullable(records.get(doi.toLowerCase(Locale.ROOT)))
                .map(record -> record.document().getJsonObject("data").getJsonObject("attributes"));
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /**
     * Answers one request. A {@link DroppedConnection} leaves the handler without an answer, and the JDK
     * server then closes the connection, which the client sees as a broken connection.
     */
    private void handle(HttpExchange exchange) throws IOException {
        Answer answer;
        synchronized (this) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            requests.add(method + " " + path);
            if (down) {
                down = --restartAfter >= 0;
            }
            if (down) {
                throw new DroppedConnection();
            }
            Fault fault = faults.poll();
            if (fault != null) {
                answer = faulty(fault);
            } else {
                answer = route(method, path, exchange.getRequestHeaders().getFirst("Authorization"),
                        exchange.getRequestHeaders().getFirst("Content-Type"), readBody(exchange));
            }
        }
        try {
            answer.send(exchange);
        } finally {
            exchange.close();
        }
    }

    private static Answer faulty(Fault fault) {
        if (fault instanceof Fault.TooManyRequests tooMany) {
            return new Answer(429,
                    JsonApiError.document(List.of(JsonApiError.of(429, "Too many requests. Please slow down."))),
                    Map.of("Retry-After", String.valueOf(tooMany.retryAfterSeconds())));
        }
        if (fault instanceof Fault.ServerError error) {
            return Answer.errors(error.status(), JsonApiError.of(error.status(), error.status() == 503
                    ? "The service is temporarily unavailable." : "An internal server error has occurred."));
        }
        throw new DroppedConnection();
    }

    private Answer route(String method, String path, String authorization, String contentType, String body) {
        Optional<Boolean> credentials = credentials(authorization);
        if (credentials.isPresent() && !credentials.get()) {
            return Answer.errors(401, JsonApiError.of(401, BAD_CREDENTIALS));
        }
        boolean authenticated = credentials.orElse(false);
        String id = path.startsWith("/dois/") ? path.substring("/dois/".length()).toLowerCase(Locale.ROOT) : "";
        switch (method) {
            case "GET":
                return id.isEmpty() ? Answer.errors(400, JsonApiError.of(400, "Listing is not faked"))
                        : show(id, authenticated);
            case "POST":
            case "PUT":
                if (!authenticated) {
                    return Answer.errors(401, JsonApiError.of(401, BAD_CREDENTIALS));
                }
                if (contentType == null || !contentType.startsWith(JSON_API)) {
                    return Answer.errors(415, JsonApiError.of(415, "The content type is not recognized."));
                }
                Optional<JsonObject> attributes = attributesOf(body);
                if (attributes.isEmpty()) {
                    return Answer.errors(400, JsonApiError.of(400,
                            "You need to provide a payload following the JSONAPI spec"));
                }
                return method.equals("POST") ? create(attributes.get()) : update(id, attributes.get());
            default:
                return Answer.errors(405, JsonApiError.of(405, "Method not allowed"));
        }
    }

    private Answer show(String id, boolean authenticated) {
        FakeDoiRecord record = records.get(id);
        // Drafts and registered DOIs are visible to their repository only; findable ones to everyone.
        if (record == null || !record.state.equals("findable") && !authenticated) {
            return Answer.errors(404, JsonApiError.of(404, NOT_FOUND));
        }
        return Answer.document(200, record);
    }

    private Answer create(JsonObject attributes) {
        String doi = attributes.getString("doi", null);
        if (doi == null) {
            String givenPrefix = attributes.getString("prefix", null);
            if (givenPrefix == null) {
                return Answer.errors(422, new JsonApiError(422, "doi", "Doi can't be blank", null));
            }
            doi = givenPrefix + "/" + UUID.randomUUID().toString().substring(0, 9);
        }
        doi = doi.toLowerCase(Locale.ROOT);
        if (!ownsPrefixOf(doi)) {
            return Answer.errors(403, JsonApiError.of(403, FORBIDDEN));
        }
        if (records.containsKey(doi)) {
            return Answer.errors(422, new JsonApiError(422, "doi", ALREADY_TAKEN, doi));
        }
        FakeDoiRecord record = new FakeDoiRecord(doi, repositoryId.toLowerCase(Locale.ROOT));
        Optional<Answer> refused = save(record, attributes);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (crashAfterNextDraft && record.state.equals("draft")) {
            crashAfterNextDraft = false;
            down = true;
            throw new DroppedConnection();
        }
        return Answer.document(201, record);
    }

    private Answer update(String id, JsonObject attributes) {
        if (!ownsPrefixOf(id)) {
            return Answer.errors(403, JsonApiError.of(403, FORBIDDEN));
        }
        FakeDoiRecord existing = records.get(id);
        // DataCite's PUT is an upsert: an unknown DOI under the repository's prefix is created.
        FakeDoiRecord record = existing != null ? existing : new FakeDoiRecord(id, repositoryId.toLowerCase(Locale.ROOT));
        Optional<Answer> refused = save(record, attributes);
        return refused.orElseGet(() -> Answer.document(existing == null ? 201 : 200, record));
    }

    /** Merges, applies the event and checks the result; the record is only stored if all is well. */
    private Optional<Answer> save(FakeDoiRecord record, JsonObject attributes) {
        String previousState = record.state;
        Map<String, jakarta.json.JsonValue> previous = new LinkedHashMap<>(record.attributes);
        record.merge(attributes);
        String event = attributes.getString("event", null);
        if (event != null && !record.apply(event)) {
            return Optional.of(rollBack(record, previousState, previous,
                    Answer.errors(422, new JsonApiError(422, "event", "Event " + event + " is not valid", record.doi))));
        }
        List<JsonApiError> errors = new ArrayList<>();
        if (!record.state.equals("draft")) {
            errors.addAll(record.missingForRegistration());
        }
        String url = record.url();
        if (url != null && !allowedDomains.contains("*") && !allowedDomains.contains(URI.create(url).getHost())) {
            errors.add(new JsonApiError(422, "url", DOMAIN_NOT_ALLOWED, record.doi));
        }
        if (!errors.isEmpty()) {
            return Optional.of(rollBack(record, previousState, previous, Answer.errors(422, errors)));
        }
        records.put(record.doi, record);
        return Optional.empty();
    }

    private static Answer rollBack(FakeDoiRecord record, String state, Map<String, jakarta.json.JsonValue> attributes,
            Answer answer) {
        record.state = state;
        record.attributes.clear();
        record.attributes.putAll(attributes);
        return answer;
    }

    private boolean ownsPrefixOf(String doi) {
        return doi.startsWith(prefix.toLowerCase(Locale.ROOT) + "/");
    }

    /** Empty without an Authorization header, else whether it names this repository and its password. */
    private Optional<Boolean> credentials(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        if (!authorization.startsWith("Basic ")) {
            return Optional.of(false);
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.of(false);
        }
        int colon = decoded.indexOf(':');
        return Optional.of(colon > 0
                && decoded.substring(0, colon).equalsIgnoreCase(repositoryId)
                && decoded.substring(colon + 1).equals(password));
    }

    private static Optional<JsonObject> attributesOf(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonObject data = reader.readObject().getJsonObject("data");
            if (data == null || !"dois".equals(data.getString("type", null))) {
                return Optional.empty();
            }
            JsonObject attributes = data.getJsonObject("attributes");
            return Optional.ofNullable(attributes);
        } catch (JsonException | ClassCastException e) {
            return Optional.empty();
        }
    }

    private static String readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Thrown inside a handler to make the server close the connection without answering. */
    private static final class DroppedConnection extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DroppedConnection() {
            super("fake DataCite dropped the connection", null, false, false);
        }
    }

    private record Answer(int status, String body, Map<String, String> headers) {

        static Answer errors(int status, JsonApiError error) {
            return errors(status, List.of(error));
        }

        static Answer errors(int status, List<JsonApiError> errors) {
            return new Answer(status, JsonApiError.document(errors), Map.of());
        }

        static Answer document(int status, FakeDoiRecord record) {
            return new Answer(status, record.document().toString(), Map.of());
        }

        void send(HttpExchange exchange) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", JSON_API + "; charset=utf-8");
            headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
