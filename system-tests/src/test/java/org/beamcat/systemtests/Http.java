package org.beamcat.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/** Plain HTTP against the test domain, the way a client of BeamCat would call it. */
final class Http {

    static final URI BASE = URI.create("http://localhost:" + System.getProperty("it.http.port", "28080"));

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Http() {
    }

    static HttpResponse<String> get(String path, String... headerNamesAndValues)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(BASE.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
        if (headerNamesAndValues.length > 0) {
            request.headers(headerNamesAndValues);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form POST, as ICAT and IDS clients send them. */
    static HttpResponse<String> post(String path, String formBody) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(BASE.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A POST of a body of the given type (XML, JSON), with extra headers (name, value, name, value…). */
    static HttpResponse<String> post(String path, String body, String contentType, String... headerNamesAndValues)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(BASE.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, java.nio.charset.StandardCharsets.UTF_8));
        if (headerNamesAndValues.length > 0) {
            request.headers(headerNamesAndValues);
        }
        return send(request);
    }

    /** Any method, any body (possibly none), any headers: for requests a client should not send. */
    static HttpResponse<String> request(String method, String path, String body, String... headerNamesAndValues)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(BASE.resolve(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headerNamesAndValues.length > 0) {
            request.headers(headerNamesAndValues);
        }
        return send(request);
    }

    /** Polls until the path answers the status: applications answer a little after deployment returns. */
    static HttpResponse<String> awaitStatus(String path, int status, Duration patience)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        HttpResponse<String> last = get(path);
        while (last.statusCode() != status && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            last = get(path);
        }
        return last;
    }

    static JsonObject json(HttpResponse<String> response) {
        return json(response.body());
    }

    static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** POST of form fields ({@code application/x-www-form-urlencoded}), as ICAT's POST calls take them. */
    static HttpResponse<String> postForm(String path, Map<String, String> fields, String contentType)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(BASE.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static HttpResponse<String> postForm(String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        return postForm(path, fields, "application/x-www-form-urlencoded");
    }

    /** PUT without a body, as ICAT's refresh is called. */
    static HttpResponse<String> put(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(BASE.resolve(path)).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    static HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(BASE.resolve(path)).DELETE());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
