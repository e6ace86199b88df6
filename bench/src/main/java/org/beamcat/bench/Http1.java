package org.beamcat.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The load clients' HTTP: java.net.http pinned to HTTP/1.1 (Payara misbehaves when the client offers the
 * HTTP/2 upgrade), one shared client so connections are kept alive as a browser would.
 */
public final class Http1 {

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();

    public Http1(URI base) {
        this.base = URI.create(base.toString().replaceAll("/+$", ""));
    }

    public static String query(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** GET path?params; a status other than 200 fails with the body, so a broken call is never timed as fast. */
    public String get(String path, Map<String, String> params) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request(path, params).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return expectOk(path, response.statusCode(), response.body());
    }

    public String postForm(String path, Map<String, String> form) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(query(form))).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 204) {
            return "";
        }
        return expectOk(path, response.statusCode(), response.body());
    }

    /** DELETE path?params; 200 or 204, or it fails with the body. */
    public void delete(String path, Map<String, String> params) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request(path, params).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 204) {
            expectOk(path, response.statusCode(), response.body());
        }
    }

    /** PUT of a file's bytes (the IDS put call); returns the answer's body. */
    public String putFile(String path, Map<String, String> params, java.nio.file.Path file)
            throws IOException, InterruptedException {
        HttpRequest request = request(path, params).header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofFile(file)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw new IOException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** GET whose body is read and thrown away; returns the number of bytes read. */
    public long drain(String path, Map<String, String> params) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = client.send(request(path, params).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException(path + " answered " + response.statusCode() + ": "
                        + new String(body.readNBytes(2000), StandardCharsets.UTF_8));
            }
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            for (int n; (n = body.read(buffer)) >= 0; ) {
                total += n;
            }
            return total;
        }
    }

    private HttpRequest.Builder request(String path, Map<String, String> params) {
        String q = params.isEmpty() ? "" : "?" + query(params);
        return HttpRequest.newBuilder(base.resolve(path + q)).timeout(Duration.ofMinutes(30));
    }

    private static String expectOk(String path, int status, String body) throws IOException {
        if (status != 200) {
            throw new IOException(path + " answered " + status + ": "
                    + body.substring(0, Math.min(2000, body.length())));
        }
        return body;
    }
}
