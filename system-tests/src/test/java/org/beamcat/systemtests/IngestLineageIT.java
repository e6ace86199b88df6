package org.beamcat.systemtests;

import static org.beamcat.systemtests.IngestProbe.awaitCount;
import static org.beamcat.systemtests.IngestProbe.awaitDataset;
import static org.beamcat.systemtests.IngestProbe.awaitDeadLetter;
import static org.beamcat.systemtests.IngestProbe.datasetXml;
import static org.beamcat.systemtests.IngestProbe.parameter;
import static org.beamcat.systemtests.IngestProbe.postDataset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.beamcat.icat.client.EntityRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Processed data naming its raw inputs ({@code input_datasets}) is linked to them by an ICAT Job (input
 * and output DataCollections); processed data that arrives before its raw data waits and ends linked;
 * raw data that never arrives gets the processed message dead-lettered after the configured waits (the
 * test domain waits 1+2+4+8 s); an input outside the data root is refused at once.
 */
class IngestLineageIT extends IngestSystemTest {

    private static final String WAITING = "beamcat.ingest.messages.waiting.for.inputs";

    private final List<Long> processed = new ArrayList<>();

    /** Runs before the inherited clean-up: the jobs first, then (there) the datasets. */
    @AfterEach
    void removeJobs() throws Exception {
        String session = DemoCatalogueFixture.login("root");
        List<EntityRef> jobs = new ArrayList<>();
        List<EntityRef> collections = new ArrayList<>();
        for (long dataset : processed) {
            JsonArray found = DemoCatalogueFixture.ICAT.search(session, "SELECT j FROM Job j JOIN j.outputDataCollection"
                    + " dc JOIN dc.dataCollectionDatasets dcd WHERE dcd.dataset.id = " + dataset + " INCLUDE "
                    + "j.inputDataCollection, j.outputDataCollection");
            for (int i = 0; i < found.size(); i++) {
                JsonObject job = found.getJsonObject(i).getJsonObject("Job");
                jobs.add(new EntityRef("Job", job.getJsonNumber("id").longValue()));
                collections.add(new EntityRef("DataCollection", job.getJsonObject("inputDataCollection")
                        .getJsonNumber("id").longValue()));
                collections.add(new EntityRef("DataCollection", job.getJsonObject("outputDataCollection")
                        .getJsonNumber("id").longValue()));
            }
        }
        if (!jobs.isEmpty()) {
            DemoCatalogueFixture.ICAT.delete(session, jobs);
            DemoCatalogueFixture.ICAT.delete(session, collections);
        }
    }

    @Test
    void processedDataBeforeItsRawDataWaitsAndEndsLinked() throws Exception {
        String sample = "lin_" + unique;
        Path raw = datasetFolder(sample, "RAW_DATA", sample + "_0001");
        Path integrated = datasetFolder(sample, "PROCESSED_DATA", sample + "_0001_integrate");
        Files.write(integrated.resolve("integrated.dat"), new byte[8]);

        // processed first: it must wait for the raw dataset, not be dropped or dead-lettered
        long waiting = IngestProbe.counted("icatIngest", WAITING);
        assertEquals(202, postDataset(datasetXml("MA-4321", "id11", sample + "_0001_integrate", integrated, sample,
                parameter("input_datasets", raw.toString())), "application/xml").statusCode());
        IngestProbe.awaitCounted("icatIngest", waiting + 1, WAITING); // set aside to wait, not registered
        assertEquals(0, ICAT.count("root", "SELECT COUNT(d) FROM Dataset d WHERE d.location = '" + relative(integrated)
                + "'"), "processed data is not registered before its input");

        Files.write(raw.resolve("frames.dat"), new byte[8]);
        assertEquals(202, postDataset(datasetXml("MA-4321", "id11", sample + "_0001", raw, sample, ""), "application/xml")
                .statusCode());
        long rawId = awaitDataset(relative(raw));
        long processedId = awaitDataset(relative(integrated));
        processed.add(processedId);

        awaitCount("SELECT COUNT(j) FROM Job j JOIN j.inputDataCollection ic JOIN ic.dataCollectionDatasets icd "
                + "JOIN j.outputDataCollection oc JOIN oc.dataCollectionDatasets ocd WHERE icd.dataset.id = " + rawId
                + " AND ocd.dataset.id = " + processedId, 1);
        assertEquals(1, ICAT.count("root", "SELECT COUNT(d) FROM Dataset d WHERE d.id = " + processedId
                + " AND d.type.name = 'processed'"));

        // a repeat of the processed message links nothing twice
        long beforeRepeat = IngestProbe.messagesHandled("icatIngest");
        assertEquals(202, postDataset(datasetXml("MA-4321", "id11", sample + "_0001_integrate", integrated, sample,
                parameter("input_datasets", raw.toString())), "application/xml").statusCode());
        IngestProbe.awaitMessagesHandled("icatIngest", beforeRepeat, 1);
        assertEquals(1, ICAT.count("root", "SELECT COUNT(j) FROM Job j JOIN j.outputDataCollection oc JOIN "
                + "oc.dataCollectionDatasets ocd WHERE ocd.dataset.id = " + processedId));
    }

    @Test
    void rawDataThatNeverArrivesDeadLettersTheProcessedMessageAfterTheWaits() throws Exception {
        String sample = "never_" + unique;
        Path raw = dataRoot.resolve("id11/MA-4321").resolve(sample).resolve("RAW_DATA/" + sample + "_0001");
        Path integrated = datasetFolder(sample, "PROCESSED_DATA", sample + "_0001_integrate");
        assertEquals(202, postDataset(datasetXml("MA-4321", "id11", sample + "_0001_integrate", integrated, sample,
                parameter("input_datasets", raw.toString())), "application/xml").statusCode());
        JsonObject letter = awaitDeadLetter(relative(integrated));
        String reason = letter.getString("reason");
        assertTrue(reason.contains("gave up after 4 waits"), reason);
        assertTrue(reason.contains("input datasets not registered yet: " + raw), reason);
        assertEquals(0, ICAT.count("root", "SELECT COUNT(d) FROM Dataset d WHERE d.location = '" + relative(integrated)
                + "'"));
    }

    @Test
    void inputOutsideTheDataRootIsRefusedAtOnce() throws Exception {
        String sample = "out_" + unique;
        Path integrated = datasetFolder(sample, "PROCESSED_DATA", sample + "_0001_integrate");
        assertEquals(202, postDataset(datasetXml("MA-4321", "id11", sample + "_0001_integrate", integrated, sample,
                parameter("input_datasets", "/elsewhere/raw/" + sample)), "application/xml").statusCode());
        JsonObject letter = awaitDeadLetter(relative(integrated));
        assertTrue(letter.getString("reason").contains("input dataset /elsewhere/raw/" + sample
                + " is not a folder inside the data root"), letter.toString());
        assertEquals(1, letter.getInt("attempts"));
    }
}
