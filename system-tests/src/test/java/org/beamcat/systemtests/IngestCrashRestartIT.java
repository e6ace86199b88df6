package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Nothing lost, nothing twice: a stream of dataset messages, the server killed hard (kill -9 of the domain
 * JVM) while it registers them, the domain started again with start-domain.sh; in the end every dataset is
 * registered exactly once, with each of its files once and a master file h5dump reads. The persistent
 * messages survive in the broker's store; those consumed but not committed come again and find their
 * dataset already there (registration is idempotent on the folder).
 *
 * <p>Leaves the domain running and its applications answering, for the tests after it.
 */
class IngestCrashRestartIT extends IngestSystemTest {

    private static final int DATASETS = 120;
    // The kill comes as soon as the first datafile of the stream is seen; registering the 24,000 datafiles
    // of the stream then takes seconds on any machine, so the kill lands in the middle (checked at the end).
    private static final int FILES = 200;
    private static final Duration RECOVERY = Duration.ofMinutes(10);

    @Test
    void killedInTheMiddleOfAStreamEveryDatasetIsRegisteredExactlyOnce() throws Exception {
        String sample = IngestProbe.unique("crash");
        List<Path> folders = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < DATASETS; i++) {
            Path folder = probe.datasetFolder(sample, String.format("%s_%04d", sample, i));
            for (int f = 0; f < FILES; f++) {
                Files.write(folder.resolve("frame_" + f + ".raw"), new byte[10 + f]);
            }
            folders.add(folder);
            messages.add(IngestProbe.datasetXml(folder, sample, ""));
        }
        String datasets = "SELECT COUNT(d) FROM Dataset d WHERE d.sample.name = '" + sample + "'";

        String datafiles = "SELECT COUNT(df) FROM Datafile df WHERE df.dataset.sample.name = '" + sample + "'";

        IngestProbe.sendOverStomp(messages);
        awaitAtLeast(datafiles, 1);
        long beforeCrash = IngestProbe.count(datasets);
        System.out.println("CRASH: killing the server with " + beforeCrash + " of " + DATASETS + " datasets registered");
        TestDomain domain = TestDomain.fromSystemProperties();
        try {
            domain.killHard();
        } finally {
            // whatever happened, the tests after this one need the domain back
            domain.start();
            awaitApplications();
        }

        // every message is handled in the end: one dataset per folder, each file once, a readable master file
        awaitAtLeast(datasets, DATASETS);
        for (Path folder : folders) {
            IngestProbe.awaitCount("SELECT COUNT(df) FROM Datafile df WHERE df.dataset.location = '"
                    + probe.relative(folder) + "'", FILES + 1L);
        }
        // a last message behind the stream: when it is registered, redeliveries queued before it are done too
        Path last = probe.datasetFolder(sample, sample + "_last");
        IngestProbe.sendOverStomp(IngestProbe.datasetXml(last, sample, ""));
        probe.awaitDataset(probe.relative(last));

        assertEquals(DATASETS + 1L, IngestProbe.count(datasets), "one dataset per message, none twice");
        for (Path folder : folders) {
            String location = probe.relative(folder);
            assertEquals(1, IngestProbe.datasetsAt(location), location);
            assertEquals(FILES + 1L, IngestProbe.count("SELECT COUNT(df) FROM Datafile df WHERE df.dataset.location = '"
                    + location + "'"), "each file of " + location + " once");
            assertTrue(IngestProbe.h5dump(IngestProbe.masterFile(folder)).contains("NXentry"), location);
            assertTrue(probe.deadLetter(location).isEmpty(), "no dead letter for " + location);
        }
        assertTrue(beforeCrash < DATASETS, "the server was killed before the stream was registered (" + beforeCrash
                + " datasets just before)");
    }

    private static void awaitAtLeast(String countQuery, long wanted) throws Exception {
        java.time.Instant deadline = java.time.Instant.now().plus(RECOVERY);
        while (countDuringTheStream(countQuery) < wanted && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertTrue(IngestProbe.count(countQuery) >= wanted, countQuery + " < " + wanted);
    }

    /**
     * The count, or -1 when a poll's connection was dropped: the server is flooded by the stream and a
     * keep-alive connection may close under a poll (seen as "EOF reached while reading"); the next poll asks again.
     * Any answer of the catalogue itself (an error body) still fails the test.
     */
    private static long countDuringTheStream(String countQuery) throws Exception {
        try {
            return IngestProbe.count(countQuery);
        } catch (org.beamcat.icat.client.IcatException e) {
            if (!(e.getCause() instanceof java.io.IOException)) {
                throw e;
            }
            System.out.println("poll failed while the stream runs, asking again: " + e.getMessage());
            return -1;
        }
    }

    /** After a start, the applications load a little later: wait until each answers. */
    private static void awaitApplications() throws Exception {
        for (String path : new String[] {"/icat/version", "/ids/ping", "/doi/"}) {
            assertEquals(200, Http.awaitStatus(path, 200, RECOVERY).statusCode(), path);
        }
    }
}
