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
import java.util.Optional;
import java.util.logging.Logger;
import org.beamcat.landing.registrar.RegistrarException;

/**
 * Sends one request to the DataCite REST API, repeating it while DataCite is rate limiting (429),
 * failing (5xx) or unreachable, as the {@link RetryPolicy} allows. Any other answer, success or
 * refusal, is returned at once: a 4xx will not change by asking again.
 *
 * <p>A POST is repeated too, although it is not idempotent: if the first one got through before the
 * connection broke, the repeat is answered "already taken", which the registrar resolves.
 */
final class DataCiteHttp {

    static final String JSON_API = "application/vnd.api+json";

    private static final Logger LOG = Logger.getLogger(DataCiteHttp.class.getName());

    private final HttpClient client;
    private final URI apiUrl;
    private final String authorization;
    private final RetryPolicy retry;
    private final Duration timeout;
    private final Sleeper sleeper;
    private final Clock clock;

    DataCiteHttp(DataCiteSettings settings, Sleeper sleeper, Clock clock) {
        // HTTP/1.1: nothing to gain from HTTP/2 for a handful of sequential calls, and no h2c upgrade dance.
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout())
                .build();
        this.apiUrl = settings.apiUrl();
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (settings.repositoryId() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8));
        this.retry = settings.retry();
        this.timeout = settings.timeout();
        this.sleeper = sleeper;
        this.clock = clock;
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
        for (int attempt = 1; ; attempt++) {
            Optional<Duration> retryAfter = Optional.empty();
            String problem;
            int status = 0;
            IOException failure = null;
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                if (!isWorthRetrying(status)) {
                    return response;
                }
                problem = DataCiteErrors.of(status, response.body()).message();
                retryAfter = RetryAfter.parse(response.headers().firstValue("Retry-After"), clock);
            } catch (IOException e) {
                failure = e;
                problem = "no answer: " + e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RegistrarException(RegistrarException.Kind.UNAVAILABLE, 0, "interrupted", what, e);
            }
            if (!retry.mayRetryAfter(attempt)) {
                throw new RegistrarException(RegistrarException.Kind.UNAVAILABLE, status, problem,
                        what + " failed " + attempt + " time(s), last", failure);
            }
            Duration delay = retry.delayAfter(attempt, retryAfter);
            LOG.info(what + ": " + (failure == null ? "DataCite answered " + status + ", " : "") + problem
                    + "; attempt " + attempt + " of " + retry.maxAttempts() + ", retrying in " + delay.toMillis()
                    + " ms");
            pause(delay, what);
        }
    }

    private static boolean isWorthRetrying(int status) {
        return status == 429 || status >= 500;
    }

    private void pause(Duration delay, String what) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistrarException(RegistrarException.Kind.UNAVAILABLE, 0, "interrupted while backing off",
                    what, e);
        }
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
