package org.beamcat.landing.registrar.datacite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Consumer;
import org.beamcat.landing.registrar.RegistrarException;

/**
 * Sends one request to the DataCite REST API, repeated while DataCite is rate limiting (429), failing (5xx)
 * or unreachable, as the {@link RetryPolicy} allows ({@link DataCiteRetry}). Any other answer, success or
 * refusal, is returned at once: a 4xx will not change by asking again.
 *
 * <p>A POST is repeated too, although it is not idempotent: if the first one got through before the
 * connection broke, the repeat is answered "already taken", which the registrar resolves.
 */
final class DataCiteHttp {

    static final String JSON_API = "application/vnd.api+json";

    private final HttpClient client;
    private final URI apiUrl;
    private final String authorization;
    private final Duration timeout;
    private final DataCiteRetry retry;

    DataCiteHttp(DataCiteSettings settings, Clock clock, Consumer<Duration> onWait) {
        // HTTP/1.1: nothing to gain from HTTP/2 for a handful of sequential calls, and no h2c upgrade dance.
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout())
                .build();
        this.apiUrl = settings.apiUrl();
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (settings.repositoryId() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8));
        this.timeout = settings.timeout();
        this.retry = new DataCiteRetry(settings.retry(), clock, onWait);
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, null);
    }

    HttpResponse<String> post(String path, String body) {
        return send("POST", path, body);
    }

    HttpResponse<String> put(String path, String body) {
        return send("PUT", path, body);
    }

    private HttpResponse<String> send(String method, String path, String body) {
        HttpRequest request = request(method, path, body);
        String what = method + " " + path;
        int attempts = retry.maxAttempts();
        HttpResponse<String> response;
        try {
            response = retry.send(what, () -> client.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new RegistrarException(RegistrarException.Kind.UNAVAILABLE, 0, "no answer: " + e,
                    what + " failed " + attempts + " time(s), last", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistrarException(RegistrarException.Kind.UNAVAILABLE, 0, "interrupted", what, e);
        }
        if (DataCiteRetry.isWorthRetrying(response.statusCode())) {
            throw new RegistrarException(RegistrarException.Kind.UNAVAILABLE, response.statusCode(),
                    DataCiteErrors.of(response.statusCode(), response.body()).message(),
                    what + " failed " + attempts + " time(s), last", null);
        }
        return response;
    }

    private HttpRequest request(String method, String path, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(apiUrl + path))
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("Accept", JSON_API);
        if (body == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return builder.header("Content-Type", JSON_API)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }
}
