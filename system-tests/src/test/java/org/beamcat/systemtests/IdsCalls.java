package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An IDS client for system tests, on one context root ({@code /ids} or a second deployment's): the calls
 * the way ids.client and python-icat make them (HTTP/1.1, form POSTs, octet-stream PUTs), and the checks
 * the reference suite's TestingClient makes on every answer.
 */
final class IdsCalls {

    /** HTTP/1.1 as ids.client speaks it, so that Content-Length and chunked transfer can be told apart. */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** How long background work (queue, tidier) may take before a test gives up waiting for it. */
    static final Duration PATIENCE = Duration.ofSeconds(90);

    private final String root;

    /** @param contextRoot e.g. {@code /ids} */
    IdsCalls(String contextRoot) {
        this.root = contextRoot;
    }

    String path(String call) {
        return root + "/" + call;
    }

    HttpResponse<String> get(String callAndQuery, String... headers) throws IOException, InterruptedException {
        return Http.get(path(callAndQuery), headers);
    }

    String text(String callAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = get(callAndQuery);
        assertEquals(200, response.statusCode(), callAndQuery + ": " + response.body());
        return response.body();
    }

    HttpResponse<byte[]> bytes(String callAndQuery, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(Http.BASE.resolve(path(callAndQuery)))
                .timeout(Duration.ofSeconds(120));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String call, Map<String, String> form) throws IOException, InterruptedException {
        return Http.postForm(path(call), form);
    }

    /** A call answering 204 with an empty body (archive, restore, write, reset). */
    void noContent(String call, Map<String, String> form) throws IOException, InterruptedException {
        HttpResponse<String> response = post(call, form);
        assertEquals(204, response.statusCode(), call + ": " + response.body());
        assertEquals("", response.body());
    }

    HttpResponse<String> put(String query, byte[] body) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(Http.BASE.resolve(path("put?" + query)))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** put that must succeed; returns its JSON after checking size and CRC32 as clients do. */
    JsonObject putFile(String sessionId, long datasetId, long formatId, String name, byte[] body)
            throws IOException, InterruptedException {
        HttpResponse<String> response = put("sessionId=" + sessionId + "&name=" + enc(name) + "&datafileFormatId="
                + formatId + "&datasetId=" + datasetId, body);
        assertEquals(201, response.statusCode(), response.body());
        JsonObject json = Http.json(response);
        assertEquals(crc(body), json.getJsonNumber("checksum").longValue());
        assertEquals(body.length, json.getJsonNumber("size").longValue());
        return json;
    }

    HttpResponse<String> delete(String query) throws IOException, InterruptedException {
        return Http.delete(path("delete?" + query));
    }

    JsonObject serviceStatus(String rootSession) throws IOException, InterruptedException {
        return Http.json(get("getServiceStatus?sessionId=" + rootSession));
    }

    /** The reference suite's synchronisation: wait until no operation is queued or running. */
    JsonObject awaitQueueEmpty(String rootSession) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonObject status = serviceStatus(rootSession);
        while (!status.getJsonArray("opsQueue").isEmpty()) {
            assertTrue(Instant.now().isBefore(deadline), "the queue did not empty: " + status);
            Thread.sleep(200);
            status = serviceStatus(rootSession);
        }
        return status;
    }

    /** Polls a plain-text call until it answers {@code expected} (200), failing after {@link #PATIENCE}. */
    void awaitText(String callAndQuery, String expected) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        HttpResponse<String> last = get(callAndQuery);
        while (last.statusCode() != 200 || !last.body().equals(expected)) {
            assertTrue(Instant.now().isBefore(deadline), callAndQuery + " never answered " + expected + ", last: "
                    + last.statusCode() + " " + last.body());
            Thread.sleep(200);
            last = get(callAndQuery);
        }
    }

    /** The contract's error shape: the status, and a JSON body with exactly the code and a message. */
    static JsonObject expectError(HttpResponse<?> response, int status, String code) {
        String body = response.body() instanceof byte[] raw ? new String(raw, StandardCharsets.UTF_8)
                : String.valueOf(response.body());
        assertEquals(status, response.statusCode(), body);
        JsonObject json = Http.json(body);
        assertEquals(code, json.getString("code"), body);
        assertTrue(json.containsKey("message") && json.size() == 2, body);
        return json;
    }

    /** The reference client's rule: a 200 with a body has exactly one of Content-Length or chunked. */
    static void exactlyOneOfLengthOrChunked(HttpResponse<?> response) {
        boolean length = response.headers().firstValue("Content-Length").isPresent();
        boolean chunked = response.headers().firstValue("Transfer-Encoding").orElse("").contains("chunked");
        assertTrue(length ^ chunked, response.headers().toString());
    }

    /** Entry name → entry, in zip order, with sizes and CRC32 recomputed from the bytes read. */
    static Map<String, Entry> entries(byte[] zip) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                // The compressed size is known once the entry's data descriptor has been read.
                entries.put(entry.getName(), new Entry(entry.getMethod(), data.length, entry.getCompressedSize(),
                        crc(data), data));
            }
        }
        return entries;
    }

    /** One zip entry as read back. */
    record Entry(int method, long size, long compressedSize, long crc, byte[] data) {
    }

    static long crc(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return crc.getValue();
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String ids(long... ids) {
        return java.util.Arrays.stream(ids).mapToObj(Long::toString).collect(Collectors.joining(","));
    }
}
