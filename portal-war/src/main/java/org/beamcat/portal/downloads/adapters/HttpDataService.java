package org.beamcat.portal.downloads.adapters;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.beamcat.portal.downloads.DataSelection;
import org.beamcat.portal.downloads.DataService;
import org.beamcat.portal.downloads.IdsFailure;
import org.beamcat.portal.downloads.IdsFailure.Kind;
import org.beamcat.portal.downloads.Preparation;
import org.beamcat.portal.downloads.StorageState;

/**
 * {@link DataService} over HTTP, as any IDS client calls ids-web: the selection and the session id always in a
 * POST form body (never in a URL that a log keeps), answers read as the contract's plain text and JSON errors.
 */
public class HttpDataService implements DataService {

    private static final Pattern PREPARED_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI idsUrl;
    private final HttpClient client;

    public HttpDataService(URI idsUrl) {
        this.idsUrl = idsUrl;
        // HTTP/1.1: no h2c upgrade, as icat-client.
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Override
    public long size(String sessionId, DataSelection selection) throws IdsFailure {
        String text = post("getSize", form(sessionId, selection));
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IdsFailure(Kind.UNAVAILABLE, "the IDS answered getSize with " + shorten(text));
        }
    }

    @Override
    public StorageState status(String sessionId, DataSelection selection) throws IdsFailure {
        String text = post("getStatus", form(sessionId, selection));
        try {
            return StorageState.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IdsFailure(Kind.UNAVAILABLE, "the IDS answered getStatus with " + shorten(text));
        }
    }

    @Override
    public String prepare(String sessionId, DataSelection selection) throws IdsFailure {
        String text = post("prepareData", form(sessionId, selection) + "&zip=true");
        if (!PREPARED_ID.matcher(text).matches()) {
            throw new IdsFailure(Kind.UNAVAILABLE, "the IDS answered prepareData with " + shorten(text));
        }
        return text;
    }

    @Override
    public Preparation preparation(String preparedId) throws IdsFailure {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(idsUrl + "/isPrepared?preparedId="
                + URLEncoder.encode(preparedId, StandardCharsets.UTF_8))).timeout(TIMEOUT).GET().build());
        String text = response.body().strip();
        if (response.statusCode() == 200) {
            return "true".equals(text) ? Preparation.READY : Preparation.NOT_YET;
        }
        if (response.statusCode() == 404) {
            return Preparation.UNKNOWN;
        }
        if (response.statusCode() >= 500 && !text.contains("\"code\"")) {
            throw new IdsFailure(Kind.UNAVAILABLE, "the IDS answered isPrepared with " + response.statusCode());
        }
        return Preparation.FAILED; // a restore that failed, or a refusal: the contract's JSON error
    }

    static String form(String sessionId, DataSelection selection) {
        StringBuilder form = new StringBuilder("sessionId=").append(URLEncoder.encode(sessionId, StandardCharsets.UTF_8));
        append(form, "investigationIds", selection.investigationIds());
        append(form, "datasetIds", selection.datasetIds());
        append(form, "datafileIds", selection.datafileIds());
        return form.toString();
    }

    private static void append(StringBuilder form, String name, List<Long> ids) {
        if (!ids.isEmpty()) {
            form.append('&').append(name).append('=').append(ids.stream().map(String::valueOf)
                    .collect(Collectors.joining(",")));
        }
    }

    private String post(String call, String form) throws IdsFailure {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(idsUrl + "/" + call)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        String text = response.body().strip();
        if (response.statusCode() == 200) {
            return text;
        }
        throw failure(call, response.statusCode(), text);
    }

    static IdsFailure failure(String call, int status, String body) {
        Kind kind = switch (status) {
            case 400 -> Kind.BAD_REQUEST;
            case 403 -> body.contains("Session") || body.contains("session") ? Kind.SESSION_EXPIRED : Kind.FORBIDDEN;
            case 404 -> Kind.NOT_FOUND;
            default -> Kind.UNAVAILABLE;
        };
        return new IdsFailure(kind, "the IDS answered " + call + " with " + status);
    }

    private HttpResponse<String> send(HttpRequest request) throws IdsFailure {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IdsFailure(Kind.UNAVAILABLE, "the IDS did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdsFailure(Kind.UNAVAILABLE, "interrupted while calling the IDS");
        }
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
