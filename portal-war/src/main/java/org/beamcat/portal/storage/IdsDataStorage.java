package org.beamcat.portal.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.portal.catalogue.Caller;
import org.beamcat.portal.config.PortalSettings;

/**
 * {@link DataStorage} over the IDS's {@code getStatus} (its POST form, so the session id is in no URL), one call
 * per dataset since the IDS answers one combined state per call; the calls of a page run concurrently and the
 * whole is bounded by {@link #PATIENCE}, after which the rest are UNKNOWN.
 */
@ApplicationScoped
public class IdsDataStorage implements DataStorage {

    static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(IdsDataStorage.class.getName());
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build(); // no h2c upgrade: see IcatClient

    @Inject
    PortalSettings settings;

    @Override
    public Map<Long, StorageState> datasetStates(Caller caller, List<Long> datasetIds) {
        Map<Long, CompletableFuture<HttpResponse<String>>> calls = new LinkedHashMap<>();
        URI getStatus = URI.create(settings.idsUrl() + "/getStatus");
        for (Long id : datasetIds) {
            String body = "sessionId=" + URLEncoder.encode(caller.sessionId(), StandardCharsets.UTF_8) + "&datasetIds=" + id;
            HttpRequest request = HttpRequest.newBuilder(getStatus).timeout(PATIENCE)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            calls.put(id, CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Map<Long, StorageState> states = new LinkedHashMap<>();
        calls.forEach((id, call) -> states.put(id, state(id, call, deadline)));
        return states;
    }

    private static StorageState state(long id, CompletableFuture<HttpResponse<String>> call, long deadline) {
        try {
            HttpResponse<String> response = call.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (response.statusCode() != 200) {
                return StorageState.UNKNOWN;
            }
            return switch (response.body().strip()) {
                case "ONLINE" -> StorageState.ONLINE;
                case "RESTORING" -> StorageState.RESTORING;
                case "ARCHIVED" -> StorageState.ARCHIVED;
                default -> StorageState.UNKNOWN;
            };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return StorageState.UNKNOWN;
        } catch (ExecutionException | TimeoutException e) {
            call.cancel(true);
            LOG.log(Level.FINE, "no storage state for dataset " + id, e);
            return StorageState.UNKNOWN;
        }
    }
}
