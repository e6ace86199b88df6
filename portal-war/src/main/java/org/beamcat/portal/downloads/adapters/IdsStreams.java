package org.beamcat.portal.downloads.adapters;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.beamcat.portal.downloads.IdsFailure;
import org.beamcat.portal.downloads.IdsFailure.Kind;

/**
 * Opens the IDS's {@code getData} for the portal to pass the bytes on: a prepared zip by its preparedId, or one
 * datafile with the caller's session (in a POST body, never in a URL). A {@code Range: bytes=N-} from the browser
 * is passed on, so downloads resume; the IDS's status and headers are what the browser gets.
 */
public class IdsStreams {

    /** What ids-web accepts: a start offset only ({@code bytes=N-}). */
    private static final Pattern RANGE = Pattern.compile("bytes=[0-9]{1,18}-");

    private final URI idsUrl;
    private final HttpClient client;

    public IdsStreams(URI idsUrl) {
        this.idsUrl = idsUrl;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The IDS's answer, open: status, the headers a browser needs, and the body to copy. */
    public record Opened(int status, Optional<String> contentLength, Optional<String> contentDisposition,
            Optional<String> contentRange, InputStream body) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            body.close();
        }
    }

    public Opened prepared(String preparedId, String range) throws IdsFailure {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(idsUrl + "/getData?preparedId="
                + URLEncoder.encode(preparedId, StandardCharsets.UTF_8))).GET();
        return open(request, range);
    }

    public Opened datafile(String sessionId, long datafileId, String range) throws IdsFailure {
        String form = "sessionId=" + URLEncoder.encode(sessionId, StandardCharsets.UTF_8) + "&datafileIds=" + datafileId;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(idsUrl + "/getData"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        return open(request, range);
    }

    /** Whether a browser's Range header is one the IDS serves; other forms are answered with the whole file. */
    public static boolean usableRange(String range) {
        return range != null && RANGE.matcher(range.strip()).matches();
    }

    private Opened open(HttpRequest.Builder request, String range) throws IdsFailure {
        if (usableRange(range)) {
            request.header("Range", range.strip());
        }
        HttpResponse<InputStream> response;
        try {
            // No overall timeout: a large zip streams for as long as it takes; the connect timeout bounds the start.
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new IdsFailure(Kind.UNAVAILABLE, "the IDS did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdsFailure(Kind.UNAVAILABLE, "interrupted while calling the IDS");
        }
        int status = response.statusCode();
        if (status != 200 && status != 206) {
            String body;
            try (InputStream in = response.body()) {
                body = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            } catch (IOException e) {
                body = "";
            }
            throw HttpDataService.failure("getData", status, body);
        }
        var headers = response.headers();
        return new Opened(status, headers.firstValue("Content-Length"), headers.firstValue("Content-Disposition"),
                headers.firstValue("Content-Range"), response.body());
    }
}
