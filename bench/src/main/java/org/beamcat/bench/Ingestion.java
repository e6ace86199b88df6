package org.beamcat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import org.beamcat.messages.DatasetMessage;
import org.beamcat.messages.DatasetMessageXml;
import org.beamcat.messages.Parameter;

/**
 * Dataset folders written under the data root and announced on the queue, as a beamline does: into the
 * demo investigation MA-4321 on ID11 (run.sh loads the demo facility), each run under its own folder.
 */
final class Ingestion {

    static final String PROPOSAL = "MA-4321";
    static final String BEAMLINE = "id11";
    /** Inside MA-4321's dates (2026-03-12 to 2026-03-15), so ingestion finds the investigation. */
    private static final OffsetDateTime START = OffsetDateTime.parse("2026-03-13T10:00:00Z");

    private final Path dataRoot;
    private final Path runFolder;

    Ingestion(Path dataRoot, String run) {
        this.dataRoot = dataRoot;
        this.runFolder = dataRoot.resolve(BEAMLINE).resolve(PROPOSAL).resolve(run);
    }

    /** The catalogue's Dataset.location prefix of this run (relative to the data root). */
    String locationPrefix() throws IOException {
        return dataRoot.toRealPath().relativize(runFolder.toAbsolutePath().normalize()).toString() + "/";
    }

    /** Writes {@code files} files of {@code bytes} bytes each into a new dataset folder; returns the folder. */
    Path writeDataset(String name, int files, long bytes) throws IOException {
        Path folder = Files.createDirectories(runFolder.resolve(name));
        for (int f = 0; f < files; f++) {
            fill(folder.resolve(String.format("%s_%05d.edf", name, f)), bytes);
        }
        return folder;
    }

    /**
     * Writes {@code bytes} bytes: one random MiB repeated. Deflate's 32 KiB window never sees the repeat,
     * so the bytes do not compress, like detector frames at worst and unlike zeros.
     */
    static void fill(Path file, long bytes) throws IOException {
        byte[] block = new byte[(int) Math.max(1, Math.min(bytes, 1 << 20))];
        new Random(bytes).nextBytes(block);
        try (var out = Files.newOutputStream(file)) {
            for (long left = bytes; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(left, block.length));
            }
        }
    }

    /** The message for a folder; the dataset name carries the run, as names are unique per investigation. */
    String message(String name, Path folder) {
        String datasetName = runFolder.getFileName() + "_" + name;
        DatasetMessage message = new DatasetMessage(PROPOSAL, BEAMLINE, datasetName, folder.toAbsolutePath().toString(),
                runFolder.getFileName().toString(), START, START.plusMinutes(10),
                List.of(new Parameter("TOMO_energy", "19"), new Parameter("scanType", "continuous")));
        return new DatasetMessageXml().write(message);
    }

    /** Datafiles registered so far under this run's folder (counted in the database: cheap, not via ICAT). */
    long registeredDatafiles(Connection db) throws SQLException, IOException {
        try (PreparedStatement count = db.prepareStatement("SELECT count(*) FROM datafile df"
                + " JOIN dataset d ON d.id = df.dataset_id WHERE d.location LIKE ?")) {
            count.setString(1, locationPrefix() + "%");
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * Waits until {@code expected} datafiles are registered; returns System.nanoTime() at that moment. Gives
     * up when the count has not moved for {@code stall} (a message went to the dead-letter queue).
     */
    long awaitDatafiles(Connection db, long expected, Duration stall)
            throws SQLException, IOException, InterruptedException {
        long seen = registeredDatafiles(db);
        long lastProgress = System.nanoTime();
        while (seen < expected) {
            if (System.nanoTime() - lastProgress > stall.toNanos()) {
                throw new IllegalStateException("only " + seen + " of " + expected + " datafiles registered under "
                        + runFolder + ", none for " + stall + " (see GET /ingest/dead-letters and server.log)");
            }
            Thread.sleep(50);
            long now = registeredDatafiles(db);
            if (now != seen) {
                seen = now;
                lastProgress = System.nanoTime();
            }
        }
        return System.nanoTime();
    }
}
