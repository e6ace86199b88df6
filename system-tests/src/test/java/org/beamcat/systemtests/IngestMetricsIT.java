package org.beamcat.systemtests;

import static org.beamcat.systemtests.IngestProbe.awaitCount;
import static org.beamcat.systemtests.IngestProbe.awaitDataset;
import static org.beamcat.systemtests.IngestProbe.awaitDeadLetter;
import static org.beamcat.systemtests.IngestProbe.datasetXml;
import static org.beamcat.systemtests.IngestProbe.parameter;
import static org.beamcat.systemtests.IngestProbe.postDataset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Ingestion's MicroProfile Metrics as Payara serves them over HTTP: the application scope counts the
 * messages received, registered, rejected and dead-lettered per queue, and the datafiles registered.
 */
class IngestMetricsIT extends IngestSystemTest {

    private static final String QUEUE = "queue=\"icatIngest\"";


    @Test
    void countersFollowRegisteredAndRejectedMessages() throws Exception {
        String sample = "met_" + unique;
        Path folder = datasetFolder(sample, sample + "_0001");
        String location = relative(folder);
        Files.write(folder.resolve("a.dat"), new byte[1]);
        Files.write(folder.resolve("b.dat"), new byte[2]);
        MetricsText before = MetricsText.fetch();

        assertEquals(202, postDataset(datasetXml("MA-4321", "id11", sample + "_0001", folder, sample, ""), "application/xml")
                .statusCode());
        long dataset = awaitDataset(location);
        awaitCount("SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = " + dataset, 3);
        Path refused = datasetFolder(sample, sample + "_0002");
        assertEquals(202, postDataset(datasetXml("MA-4321", "id11", sample + "_0002", refused, sample,
                parameter("No_such_parameter", "1")), "application/xml").statusCode());
        awaitDeadLetter(relative(refused));

        MetricsText after = MetricsText.fetch();
        assertTrue(after.value("beamcat.ingest.messages.received", QUEUE)
                >= before.value("beamcat.ingest.messages.received", QUEUE) + 2, after.toString());
        assertTrue(after.value("beamcat.ingest.messages.registered", QUEUE)
                >= before.value("beamcat.ingest.messages.registered", QUEUE) + 1, after.toString());
        assertTrue(after.value("beamcat.ingest.messages.rejected", QUEUE)
                >= before.value("beamcat.ingest.messages.rejected", QUEUE) + 1, after.toString());
        assertTrue(after.value("beamcat.ingest.messages.dead.lettered", QUEUE)
                >= before.value("beamcat.ingest.messages.dead.lettered", QUEUE) + 1, after.toString());
        assertTrue(after.value("beamcat.ingest.datafiles.registered")
                >= before.value("beamcat.ingest.datafiles.registered") + 3, after.toString());
        assertTrue(after.value("beamcat.ingest.datafiles.per.second") > 0, after.toString());

        HttpResponse<String> all = Http.get("/metrics");
        assertEquals(200, all.statusCode());
        assertTrue(new MetricsText(all.body()).mentions("beamcat.ingest.messages.received"),
                "the application metrics are also in the whole /metrics listing");
    }
}
