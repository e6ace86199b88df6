package org.beamcat.icat.client;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/**
 * Client of the ICAT REST API ({@code <server>/icat/...}). Thread-safe; create one per ICAT server and
 * share it. The server URL is the host URL without {@code /icat}, as ids.server's {@code icat.url} is.
 */
public final class IcatClient {

    private final URI icatRoot;
    private final HttpClient http;
    private final Duration requestTimeout;

    private IcatClient(URI serverUrl, Duration requestTimeout) {
        String base = serverUrl.toString().replaceAll("/+$", "");
        this.icatRoot = URI.create(base + "/icat/");
        this.requestTimeout = requestTimeout;
        this.http = HttpClient.newBuilder().connectTimeout(requestTimeout).build();
    }

    public static IcatClient create(URI serverUrl, Duration requestTimeout) {
        Objects.requireNonNull(serverUrl, "serverUrl");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        return new IcatClient(serverUrl, requestTimeout);
    }

    /** The catalogue's release number, e.g. "4.7.0" (GET version). */
    public String version() throws IcatException {
        JsonObject body = getJsonObject("version");
        return body.getString("version", null);
    }

    /** The root URL calls are made against, ending in {@code /icat/}. */
    public URI icatRoot() {
        return icatRoot;
    }

    private JsonObject getJsonObject(String relativePath) throws IcatException {
        HttpRequest request = HttpRequest.newBuilder(icatRoot.resolve(relativePath))
                .timeout(requestTimeout)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw IcatErrorBody.toException(response.statusCode(), response.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IcatException("ICAT answered " + relativePath + " with a body that is not a JSON object", e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws IcatException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IcatException("ICAT at " + icatRoot + " could not be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IcatException("Interrupted while calling ICAT at " + icatRoot, e);
        }
    }
}
