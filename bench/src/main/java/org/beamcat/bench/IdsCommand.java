package org.beamcat.bench;

import org.beamcat.icat.client.IcatQuery;
import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Scenario 3: a dataset of about 1 GB (uploaded with the IDS put call) downloaded with
 * getData (stored zip, compress=false) against {@code cat} of its files to /dev/null; then archived and
 * restored by the two-level IDS against {@code cp} of the same files. Both sides read a warm page cache.
 */
@Command(name = "ids", description = "IDS getData vs cat, restore vs cp")
final class IdsCommand implements Callable<Integer> {

    private static final double MB = 1e6;

    @Mixin
    Target target;

    @Option(names = "--files", defaultValue = "16", description = "files in the dataset")
    int files;

    @Option(names = "--file-mib", defaultValue = "64", description = "size of each file in MiB")
    int fileMib;

    @Option(names = "--repeat", defaultValue = "3", description = "getData and cat runs (the median counts)")
    int repeat;

    @Override
    public Integer call() throws Exception {
        Catalogue root = Catalogue.login(target, target.rootUser, target.rootPassword);
        Http1 http = new Http1(target.url);
        long datasetId = uploadDataset(root, http);
        long investigationId = root.id(IcatQuery.of("SELECT d.investigation.id FROM Dataset d WHERE d.id = :id").with("id", datasetId));
        // The IDS's own main-storage layout for uploaded files: <investigation id>/<dataset id>/<uuid>.
        Path folder = target.dataRoot.resolve(investigationId + "/" + datasetId);
        long bytes = folderBytes(folder);
        Map<String, String> selection = Map.of("sessionId", root.session(), "datasetIds", Long.toString(datasetId));

        catToNull(folder); // warm-up: the page cache holds the files for both sides
        double[] cat = new double[repeat];
        double[] get = new double[repeat];
        for (int i = 0; i < repeat; i++) {
            cat[i] = bytes / MB / seconds(() -> catToNull(folder));
            long[] received = new long[1];
            double s = seconds(() -> received[0] = http.drain("/ids/getData", with(selection,
                    "compress", "false", "zip", "true")));
            get[i] = received[0] / MB / s;
            if (received[0] < bytes) {
                throw new IllegalStateException("getData sent " + received[0] + " bytes for " + bytes + " bytes of files");
            }
        }

        Path scratch = target.dataRoot.resolveSibling("bench-cp-scratch");
        double cp = bytes / MB / seconds(() -> run("cp", "-r", folder.toString(), scratch.toString()));
        run("rm", "-rf", scratch.toString());

        http.postForm("/ids/archive", selection);
        // ARCHIVED is reported as soon as the archive is requested; the files go when the queue has run it.
        awaitIdleQueue(http, root.session(), Duration.ofMinutes(30));
        if (Files.exists(folder)) {
            throw new IllegalStateException("the IDS says ARCHIVED but " + folder + " is still on main storage");
        }
        long start = System.nanoTime();
        http.postForm("/ids/restore", selection);
        awaitStatus(http, selection, "ONLINE", Duration.ofMinutes(30));
        double restore = bytes / MB / ((System.nanoTime() - start) / 1e9);
        if (folderBytes(folder) != bytes) {
            throw new IllegalStateException("after the restore " + folder + " holds " + folderBytes(folder) + " bytes");
        }

        String shape = String.format("%d files, %.0f MB", files, bytes / MB);
        ResultFile.write(target.parts, "3-ids", List.of(
                new Figure("ids", "getData (zip, compress=false) throughput", "MB/s", median(get),
                        "cat files > /dev/null", median(cat), true, shape + ", median of " + repeat),
                new Figure("ids", "restore (two-level, dataset unit) throughput", "MB/s", restore,
                        "cp -r of the same files", cp, true, shape + ", one run; queue polled every 1 s")),
                Map.of("ids.bytes", Long.toString(bytes), "ids.getData.runs", Arrays.toString(get),
                        "ids.cat.runs", Arrays.toString(cat)));
        return 0;
    }

    /**
     * A new dataset in the demo investigation MA-4321 filled through the IDS put call. Files a beamline wrote
     * in the ESRF layout (id11/MA-4321/…) are never "online" for the two-level IDS, which looks for
     * &lt;investigation id&gt;/&lt;dataset id&gt; on main storage (README, "Findings"), so the files go in by put.
     * Waits until the IDS has written the dataset to the archive, so that work does not overlap the timing.
     */
    private long uploadDataset(Catalogue root, Http1 http) throws Exception {
        long investigation = root.idByName("Investigation", Ingestion.PROPOSAL);
        long type = root.idByName("DatasetType", "raw");
        long format = root.idByName("DatafileFormat", "raw");
        long dataset = root.write(List.of(Json.createObjectBuilder().add("Dataset",
                Json.createObjectBuilder().add("name", "bench-ids-" + System.currentTimeMillis())
                        .add("investigation", Json.createObjectBuilder().add("id", investigation))
                        .add("type", Json.createObjectBuilder().add("id", type))).build())).get(0);
        Path source = Files.createTempFile(target.dataRoot.getParent(), "bench-ids-", ".bin");
        try {
            Ingestion.fill(source, (long) fileMib << 20);
            for (int f = 0; f < files; f++) {
                http.putFile("/ids/put", Map.of("sessionId", root.session(), "datasetId", Long.toString(dataset),
                        "datafileFormatId", Long.toString(format), "name", String.format("frame_%03d.edf", f)), source);
            }
        } finally {
            Files.deleteIfExists(source);
        }
        awaitIdleQueue(http, root.session(), Duration.ofMinutes(10));
        return dataset;
    }

    /** Polls getServiceStatus until no operation is queued or running. */
    private static void awaitIdleQueue(Http1 http, String session, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Thread.sleep(1500); // one queue tick, so a just-requested write is listed
        while (true) {
            String status = http.get("/ids/getServiceStatus", Map.of("sessionId", session));
            if (Json.createReader(new StringReader(status)).readObject()
                    .getJsonArray("opsQueue").isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the IDS queue is still busy after " + timeout + ": " + status);
            }
            Thread.sleep(200);
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double seconds(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static void catToNull(Path folder) throws IOException, InterruptedException {
        run("sh", "-c", "cat \"$0\"/* > /dev/null", folder.toString());
    }

    private static void awaitStatus(Http1 http, Map<String, String> selection, String wanted, Duration timeout)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String status = http.get("/ids/getStatus", selection).trim();
        while (!status.equals(wanted)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("IDS status still " + status + ", not " + wanted + ", after " + timeout);
            }
            Thread.sleep(100);
            status = http.get("/ids/getStatus", selection).trim();
        }
    }

    private static long folderBytes(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            long total = 0;
            for (Path p : entries.filter(Files::isRegularFile).toList()) {
                total += Files.size(p);
            }
            return total;
        }
    }

    private static Map<String, String> with(Map<String, String> base, String... pairs) {
        var map = new LinkedHashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
