package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * What the ingestion robustness tests look at from outside, as an operator would: dataset folders under the
 * test data root, dataset messages for them, the catalogue rows (as the demo root user), the dead-letter
 * queue ({@code GET /ingest/dead-letters}) and the master files (read with h5dump). Waits poll until the
 * expected state or a generous deadline, never for a fixed time.
 */
final class IngestProbe {

    static final Duration PATIENCE = Duration.ofSeconds(90);
    /** The counters of the ways a consumer finishes with a message (see {@link #messagesHandled}). */
    private static final String[] HANDLED = {"beamcat.ingest.messages.registered", "beamcat.ingest.messages.rejected",
        "beamcat.ingest.messages.waiting.for.inputs"};
    private static final IcatClientCalls ICAT = new IcatClientCalls();

    final Path dataRoot = Path.of(System.getProperty("it.data.root"));
    final IngestCleanup cleanup = new IngestCleanup();

    /** A fresh, uniquely named sample name with the given prefix. */
    static String unique(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new folder {@code id11/MA-4321/<sample>/<path…>} under the data root, removed from the catalogue later. */
    Path datasetFolder(String sample, String... path) throws IOException {
        Path folder = dataRoot.resolve("id11/MA-4321").resolve(sample);
        for (String part : path) {
            folder = folder.resolve(part);
        }
        Files.createDirectories(folder);
        cleanup.dataset(relative(folder), sample);
        return folder;
    }

    String relative(Path folder) {
        return dataRoot.relativize(folder).toString();
    }

    /** The dataset message a beamline sends for a folder of MA-4321 on id11 (inside its date window). */
    static String datasetXml(Path folder, String sample, String parameters) {
        return datasetXml("MA-4321", folder, sample, parameters);
    }

    static String datasetXml(String proposal, Path folder, String sample, String parameters) {
        return datasetXml(proposal, "id11", folder.getFileName().toString(), folder, sample, parameters);
    }

    static String datasetXml(String proposal, String beamline, String name, Path folder, String sample,
            String parameters) {
        return "<tns:dataset xmlns:tns=\"http://www.esrf.fr/icat\" complete=\"true\">"
                + "<tns:investigation>" + proposal + "</tns:investigation><tns:instrument>" + beamline
                + "</tns:instrument><tns:name>" + name + "</tns:name><tns:location>" + folder + "</tns:location>"
                + "<tns:sample><tns:name>" + sample + "</tns:name></tns:sample>"
                + "<tns:startDate>2026-03-13T10:00:00+01:00</tns:startDate>"
                + "<tns:endDate>2026-03-13T10:05:00+01:00</tns:endDate>" + parameters + "</tns:dataset>";
    }

    /**
     * The HTTP generic API: POST /ingest/dataset with the XML or JSON form of a message, as the test
     * sequencer (its shared secret, {@link IngestCredentials}).
     */
    static HttpResponse<String> postDataset(String body, String contentType) throws IOException, InterruptedException {
        return postDataset(body, contentType, "Authorization", IngestCredentials.producerAuthorization());
    }

    /** POST /ingest/dataset as an attacker sends it: no credentials at all. */
    static HttpResponse<String> postDatasetWithoutCredentials(String body, String contentType)
            throws IOException, InterruptedException {
        return Http.post("/ingest/dataset", body, contentType);
    }

    /** POST /ingest/dataset with exactly these headers besides Content-Type. */
    static HttpResponse<String> postDataset(String body, String contentType, String... headerNamesAndValues)
            throws IOException, InterruptedException {
        return Http.post("/ingest/dataset", body, contentType, headerNamesAndValues);
    }

    static String parameter(String name, String value) {
        return "<tns:parameter><tns:name>" + name + "</tns:name><tns:value>" + value + "</tns:value></tns:parameter>";
    }

    /** The STOMP bridge's port: {@code -Dit.stomp.port}, else port base + 72. */
    static int stompPort() {
        return Integer.parseInt(System.getProperty("it.stomp.port",
                String.valueOf(Integer.parseInt(System.getProperty("it.http.port", "28080")) - 80 + 72)));
    }

    /**
     * Sends each body to icatIngest as a Python beamline client does (STOMP, persistent) over one
     * connection, and returns once the broker has acknowledged every one with a RECEIPT.
     */
    static void sendOverStomp(List<String> bodies) throws IOException {
        try (StompConnection stomp = new StompConnection("localhost", stompPort())) {
            StompConnection.Frame connected = stomp.connect("1.0,1.1", IngestCredentials.brokerUser(),
                    IngestCredentials.brokerPassword());
            assertEquals("CONNECTED", connected.command(), connected.toString());
            for (String body : bodies) {
                StompConnection.Frame receipt = stomp.send("/queue/icatIngest", java.util.Map.of("persistent", "true"),
                        body.getBytes(StandardCharsets.UTF_8));
                assertEquals("RECEIPT", receipt.command(), receipt.toString());
            }
            stomp.disconnect();
        }
    }

    static void sendOverStomp(String body) throws IOException {
        sendOverStomp(List.of(body));
    }

    static long count(String query) throws Exception {
        return ICAT.count("root", query);
    }

    static long datasetsAt(String location) throws Exception {
        return count("SELECT COUNT(d) FROM Dataset d WHERE d.location = '" + location + "'");
    }

    /** The id of the one dataset at the location, once registered; fails early when it was dead-lettered. */
    static long awaitDataset(String location) throws Exception {
        String query = "SELECT d.id FROM Dataset d WHERE d.location = '" + location + "'";
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            JsonArray ids = DemoCatalogueFixture.ICAT.search(DemoCatalogueFixture.login("root"), query);
            if (!ids.isEmpty()) {
                return ids.getJsonNumber(0).longValue();
            }
            Optional<JsonObject> letter = deadLetter(location);
            if (letter.isPresent()) {
                throw new AssertionError("dead-lettered instead of registered: " + letter.get());
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no dataset at " + location + " after " + PATIENCE);
    }

    static void awaitCount(String query, long expected) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        long count = count(query);
        while (count != expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(300);
            count = count(query);
        }
        assertEquals(expected, count, query);
    }

    /**
     * How many messages of the queue the consumers have finished with: registered (repeats included), rejected
     * or set aside to wait for their inputs, from the application metrics.
     */
    static long messagesHandled(String queue) throws Exception {
        return counted(queue, HANDLED);
    }

    /** The sum of the queue's ingestion counters named, from the application metrics. */
    static long counted(String queue, String... counters) throws Exception {
        MetricsText metrics = MetricsText.fetch();
        double sum = 0;
        for (String counter : counters) {
            sum += metrics.value(counter, "queue=\"" + queue + "\"");
        }
        return Math.round(sum);
    }

    /**
     * Waits until {@code more} messages of the queue beyond {@code before} ({@link #messagesHandled}) are handled
     * and their transactions have ended (the queue holds no message), so a test checks what a repeated message
     * changed once it is done, not after a guessed sleep.
     */
    static void awaitMessagesHandled(String queue, long before, int more) throws Exception {
        awaitCounted(queue, before + more, HANDLED);
        awaitQueueEmpty(queue);
    }

    /** Waits until the sum of the queue's counters named reaches {@code atLeast}. */
    static void awaitCounted(String queue, long atLeast, String... counters) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (counted(queue, counters) < atLeast && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertTrue(counted(queue, counters) >= atLeast, List.of(counters) + " of " + queue + " reached " + atLeast);
    }

    /** Waits until the queue holds no message: every delivery is committed (or the wait ran out, which fails). */
    static void awaitQueueEmpty(String queue) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (OpenMqAdmin.messages(queue) > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertEquals(0, OpenMqAdmin.messages(queue), queue + " is empty: its messages were consumed");
    }

    /** Every dead letter, as the operators' REST call lists them. */
    static List<JsonObject> deadLetters() throws Exception {
        HttpResponse<String> response = Http.get("/ingest/dead-letters?sessionId=" + DemoCatalogueFixture.login("root"));
        assertEquals(200, response.statusCode(), response.body());
        List<JsonObject> letters = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            for (JsonValue value : reader.readArray()) {
                letters.add(value.asJsonObject());
            }
        }
        return letters;
    }

    /** The dead letter whose original message (XML or JSON) names the folder, if any. */
    static Optional<JsonObject> deadLetter(String location) throws Exception {
        return deadLetter(naming(location));
    }

    /** The first dead letter whose original body passes the test, if any. */
    static Optional<JsonObject> deadLetter(Predicate<String> body) throws Exception {
        return deadLetterWhere(letter -> body.test(letter.getString("body")));
    }

    /** The first dead letter (as the operators' view describes it) that passes the test, if any. */
    static Optional<JsonObject> deadLetterWhere(Predicate<JsonObject> letter) throws Exception {
        return deadLetters().stream().filter(letter).findFirst();
    }

    static JsonObject awaitDeadLetter(String location) throws Exception {
        return awaitDeadLetter(naming(location), location);
    }

    static JsonObject awaitDeadLetter(Predicate<String> body, String what) throws Exception {
        return awaitDeadLetterWhere(letter -> body.test(letter.getString("body")), what);
    }

    static JsonObject awaitDeadLetterWhere(Predicate<JsonObject> test, String what) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            Optional<JsonObject> letter = deadLetterWhere(test);
            if (letter.isPresent()) {
                return letter.get();
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no dead letter for " + what + " after " + PATIENCE);
    }

    /** A message body (XML or JSON) naming the dataset folder at this location. */
    private static Predicate<String> naming(String location) {
        return body -> body.contains("/" + location + "<") || body.contains("/" + location + "\"");
    }

    /** The NeXus master file the ingester writes into a dataset folder. */
    static Path masterFile(Path folder) {
        return folder.resolve(folder.getFileName() + "_master.h5");
    }

    /** h5dump's output for the file; fails unless Debian's HDF5 tools read it without error. */
    static String h5dump(Path file, String... options) throws Exception {
        Process process = h5dumpProcess(file, options);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "h5dump finished");
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    /** h5dump's output (with its errors) whatever its exit code, for polling until a value appears. */
    static String h5dumpOutput(Path file, String... options) throws Exception {
        Process process = h5dumpProcess(file, options);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        return output;
    }

    private static Process h5dumpProcess(Path file, String... options) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("h5dump");
        command.addAll(List.of(options));
        command.add(file.toString());
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
