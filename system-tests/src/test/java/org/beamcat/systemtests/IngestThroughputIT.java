package org.beamcat.systemtests;

import static org.beamcat.systemtests.IngestProbe.datasetXml;
import static org.beamcat.systemtests.IngestProbe.postDataset;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * One dataset of 10,000 files, registered completely (every datafile once, master file included). The
 * time from the HTTP request to the last datafile is printed, not asserted: the benchmark issue measures
 * throughput; this test shows the batched path holds at that size.
 */
class IngestThroughputIT extends IngestSystemTest {

    private static final int FILES = 10_000;


    @Test
    void datasetOfTenThousandFilesIsRegisteredCompletely() throws Exception {
        String sample = "big_" + unique;
        Path folder = datasetFolder(sample, sample + "_0001");
        String location = relative(folder);
        for (int i = 0; i < FILES; i++) {
            Files.write(folder.resolve(String.format("frame_%05d.raw", i)), new byte[] {(byte) i});
        }

        Instant start = Instant.now();
        assertEquals(202, postDataset(datasetXml("MA-4321", "id11", sample + "_0001", folder, sample, ""), "application/xml")
                .statusCode());
        // the dataset row appears only after the folder is scanned, so wait for it as long as for the files
        String count = "SELECT COUNT(df) FROM Datafile df JOIN df.dataset d WHERE d.location = '" + location + "'";
        Instant deadline = start.plus(Duration.ofMinutes(10));
        long registered = 0;
        while (registered < FILES + 1 && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            registered = count(count);
        }
        Duration took = Duration.between(start, Instant.now());
        System.out.printf("THROUGHPUT: %d datafiles registered in %.1f s (%.0f datafiles/s), HTTP request to last "
                + "datafile%n", registered, took.toMillis() / 1000.0, registered * 1000.0 / Math.max(1, took.toMillis()));
        assertEquals(FILES + 1, registered, "every file and the master file, once each");
        assertEquals(FILES, count(count + " AND df.checksum IS NOT NULL AND df.name LIKE 'frame_%'"),
                "checksums computed (the test domain is configured with crc32)");
    }

    private static long count(String query) throws Exception {
        JsonArray result = DemoCatalogueFixture.ICAT.search(DemoCatalogueFixture.login("root"), query);
        return result.getJsonNumber(0).longValue();
    }
}
