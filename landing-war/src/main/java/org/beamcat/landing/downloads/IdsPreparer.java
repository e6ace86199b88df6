package org.beamcat.landing.downloads;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.beamcat.landing.config.DownloadSettings;

/** The IDS's {@code prepareData}, called over HTTP as any IDS client would (adapter). */
@ApplicationScoped
public class IdsPreparer {

    private static final Pattern PREPARED_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build(); // no h2c upgrade: see IcatClient

    @Inject
    DownloadSettings settings;

    /** What to select: one investigation, or datasets by id. */
    public record Selection(String parameter, List<Long> ids) {
        public static Selection investigation(long id) {
            return new Selection("investigationIds", List.of(id));
        }

        public static Selection datasets(List<Long> ids) {
            return new Selection("datasetIds", ids);
        }
    }

    /** Prepares a zip of the selection for the session's user; returns the preparedId. */
    public String prepare(String sessionId, Selection selection) throws DownloadRefused {
        String body = "sessionId=" + URLEncoder.encode(sessionId, StandardCharsets.UTF_8) + "&zip=true&"
                + selection.parameter() + "=" + selection.ids().stream().map(String::valueOf).collect(Collectors.joining(","));
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.idsUrl() + "/prepareData"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response;
        try {
            response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DownloadRefused(DownloadRefused.Reason.UNAVAILABLE, "the IDS did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DownloadRefused(DownloadRefused.Reason.UNAVAILABLE, "interrupted while calling the IDS");
        }
        String text = response.body().strip();
        if (response.statusCode() == 200 && PREPARED_ID.matcher(text).matches()) {
            return text;
        }
        if (response.statusCode() == 403) {
            throw new DownloadRefused(DownloadRefused.Reason.NOT_YET_PUBLIC, "the catalogue does not make these data"
                    + " readable anonymously yet; they are opened shortly after the embargo ends");
        }
        throw new DownloadRefused(DownloadRefused.Reason.UNAVAILABLE, "the IDS answered " + response.statusCode()
                + " to prepareData");
    }

    /** Where the browser fetches the prepared zip. */
    public URI getData(String preparedId, String outname) {
        return URI.create(settings.idsUrl() + "/getData?preparedId=" + preparedId + "&outname="
                + URLEncoder.encode(outname, StandardCharsets.UTF_8));
    }
}
