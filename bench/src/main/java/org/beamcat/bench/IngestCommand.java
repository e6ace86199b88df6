package org.beamcat.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Scenario 1: datasets sent as real messages through the queue, datafiles registered per second end to
 * end (first send to last datafile row, NeXus master files included); baseline: COPY of the same rows.
 */
@Command(name = "ingest", description = "ingestion through icatIngest vs PostgreSQL COPY of the same rows")
final class IngestCommand implements Callable<Integer> {

    @Mixin
    Target target;

    @Option(names = "--datasets", description = "datasets to send (default: the scale's)")
    Integer datasets;

    @Option(names = "--files", description = "files per dataset (default: the scale's)")
    Integer files;

    @Option(names = "--file-bytes", defaultValue = "1024", description = "size of each file")
    long fileBytes;

    @Override
    public Integer call() throws Exception {
        int n = datasets != null ? datasets : target.scale().ingestDatasets();
        int f = files != null ? files : target.scale().ingestFilesPerDataset();
        Ingestion ingestion = new Ingestion(target.dataRoot, "bench-ingest-" + System.currentTimeMillis());
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = String.format("scan_%05d", i);
            Path folder = ingestion.writeDataset(name, f, fileBytes);
            messages.add(ingestion.message(name, folder));
        }
        long expected = (long) n * (f + 1); // each dataset also gets its NeXus master file
        long start;
        long end;
        try (Connection db = target.connect(); JmsSender sender = new JmsSender(target.brokerPort)) {
            start = System.nanoTime();
            messages.forEach(sender::send);
            end = ingestion.awaitDatafiles(db, expected, Duration.ofMinutes(2));
        }
        double seconds = (end - start) / 1e9;
        CopyBaseline.Result copy;
        try (Connection db = target.connect()) {
            copy = CopyBaseline.copyAgain(db, ingestion.locationPrefix());
        }
        if (copy.datafiles() != expected) {
            throw new IllegalStateException("COPY saw " + copy.datafiles() + " datafile rows, ingestion " + expected);
        }
        double copySeconds = copy.nanos() / 1e9;
        String shape = n + " datasets x " + f + " files of " + fileBytes + " B";
        List<Figure> figures = List.of(
                new Figure("ingest", "datafiles registered per second (JMS end to end)", "files/s",
                        expected / seconds, "PostgreSQL COPY of the same rows", expected / copySeconds, true, shape),
                new Figure("ingest", "datasets registered per second (JMS end to end)", "datasets/s",
                        n / seconds, "PostgreSQL COPY of the same rows", n / copySeconds, true, shape));
        ResultFile.write(target.parts, "1-ingest", figures, Map.of(
                "ingest.datasets", Integer.toString(n), "ingest.filesPerDataset", Integer.toString(f),
                "ingest.datafileRows", Long.toString(expected),
                "ingest.parameterRows", Long.toString(copy.parameters()),
                "ingest.seconds", String.format("%.2f", seconds), "copy.seconds", String.format("%.3f", copySeconds)));
        return 0;
    }
}
