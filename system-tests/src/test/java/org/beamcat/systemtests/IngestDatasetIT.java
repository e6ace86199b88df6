package org.beamcat.systemtests;

import static org.beamcat.systemtests.IngestProbe.awaitCount;
import static org.beamcat.systemtests.IngestProbe.awaitDataset;
import static org.beamcat.systemtests.IngestProbe.awaitDeadLetter;
import static org.beamcat.systemtests.IngestProbe.datasetXml;
import static org.beamcat.systemtests.IngestProbe.deadLetter;
import static org.beamcat.systemtests.IngestProbe.h5dump;
import static org.beamcat.systemtests.IngestProbe.postDataset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Ingestion end to end: a dataset folder under the data root, the dataset message through the HTTP generic
 * API ({@code POST /ingest/dataset}) onto the icatIngest queue, the message-driven bean registering it in
 * the catalogue (dataset, parameters, datafiles) and writing the NeXus master file (read back with h5dump);
 * invalid messages refused with 400; unknown parameters and proposals dead-lettered with their reason and
 * nothing registered; repeated messages adding only missing files.
 */
@ExtendWith(ArquillianExtension.class)
class IngestDatasetIT extends DeployedBeamCat {

    private static final IcatClientCalls ICAT = new IcatClientCalls();


    private final IngestCleanup cleanup = new IngestCleanup();
    private Path dataRoot;
    private String unique;

    @org.junit.jupiter.api.AfterEach
    void removeWhatWasRegistered() throws Exception {
        cleanup.run();
    }

    @BeforeEach
    void demo() throws Exception {
        DemoCatalogueFixture.ensureLoaded();
        dataRoot = Path.of(System.getProperty("it.data.root"));
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void datasetMessageOverHttpIsRegisteredWithFilesParametersAndMasterFile() throws Exception {
        String sample = "Ti64_it_" + unique;
        Path folder = datasetFolder(sample, sample + "_0001");
        Files.write(folder.resolve("scan.dat"), new byte[1234]);
        Files.createDirectories(folder.resolve("frames"));
        Files.write(folder.resolve("frames/frame_0000.raw"), new byte[4096]);

        HttpResponse<String> response = IngestProbe.postDataset(IngestProbe.datasetXml("MA-4321", "id11", sample + "_0001", folder, sample,
                "<tns:parameter><tns:name>InstrumentMonochromator_energy</tns:name><tns:value>43.35</tns:value></tns:parameter>"
                + "<tns:parameter><tns:name>scanType</tns:name><tns:value>step_by_step</tns:value></tns:parameter>"),
                "application/xml");
        assertEquals(202, response.statusCode(), response.body());
        assertTrue(Http.json(response).getString("messageId").startsWith("ID:"), response.body());

        String location = relative(folder);
        long dataset = IngestProbe.awaitDataset(location);
        IngestProbe.awaitCount("SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = " + dataset, 3);
        assertEquals(1, ICAT.count("root", "SELECT COUNT(d) FROM Dataset d WHERE d.location = '" + location + "'"));
        assertEquals(3, ICAT.count("root", "SELECT COUNT(p) FROM DatasetParameter p WHERE p.dataset.id = " + dataset),
                "Sample_name, InstrumentMonochromator_energy and scanType");
        assertEquals(1, ICAT.count("root", "SELECT COUNT(p) FROM DatasetParameter p WHERE p.dataset.id = " + dataset
                + " AND p.type.name = 'InstrumentMonochromator_energy' AND p.numericValue = 43.35"));
        assertEquals(1, ICAT.count("root", "SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = " + dataset
                + " AND df.location = '" + location + "/frames/frame_0000.raw' AND df.fileSize = 4096"));
        assertEquals(1, ICAT.count("root", "SELECT COUNT(s) FROM Sample s WHERE s.name = '" + sample + "'"));

        Path master = folder.resolve(folder.getFileName() + "_master.h5");
        assertTrue(Files.isRegularFile(master), "master file " + master);
        assertEquals(1, ICAT.count("root", "SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = " + dataset
                + " AND df.name = '" + master.getFileName() + "'"));
        String dump = IngestProbe.h5dump(master);
        for (String expected : new String[] {"NXentry", "NXsample", "NXinstrument", "NXmonochromator",
            "\"MA-4321\"", "\"" + sample + "\"", "\"id11\"", "43.35", "\"keV\"", "\"scan.dat\"",
            "\"frames/frame_0000.raw\"", "folder_path", "start_time", "2026-03-13T10:00:00"}) {
            assertTrue(dump.contains(expected), expected + " in\n" + dump);
        }
    }

    @Test
    void repeatedMessageAddsOnlyMissingFilesAndNeverDuplicates() throws Exception {
        String sample = "Ti64_rep_" + unique;
        Path folder = datasetFolder(sample, sample + "_0001");
        Files.write(folder.resolve("a.dat"), new byte[10]);
        String xml = IngestProbe.datasetXml("MA-4321", "ID11", sample + "_0001", folder, sample, "");
        assertEquals(202, IngestProbe.postDataset(xml, "application/xml").statusCode());
        long dataset = IngestProbe.awaitDataset(relative(folder));
        IngestProbe.awaitCount("SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = " + dataset, 2);

        // the same message again, twice at once, after a new file appeared
        Files.write(folder.resolve("b.dat"), new byte[20]);
        long handled = IngestProbe.messagesHandled("icatIngest");
        assertEquals(202, IngestProbe.postDataset(xml, "application/xml").statusCode());
        assertEquals(202, IngestProbe.postDataset(xml, "text/xml").statusCode());
        IngestProbe.awaitMessagesHandled("icatIngest", handled, 2);
        assertEquals(3, ICAT.count("root", "SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = " + dataset));
        assertEquals(1, ICAT.count("root", "SELECT COUNT(d) FROM Dataset d WHERE d.location = '" + relative(folder)
                + "'"));
        assertEquals(1, ICAT.count("root", "SELECT COUNT(s) FROM Sample s WHERE s.name = '" + sample + "'"));
        assertTrue(IngestProbe.deadLetter(relative(folder)).isEmpty(), "no dead letter for a repeated message");
    }

    @Test
    void invalidMessageIsRefusedWith400AndNothingIsEnqueued() throws Exception {
        String sample = "bad_" + unique;
        Path folder = datasetFolder(sample, sample + "_0001");
        String xml = IngestProbe.datasetXml("MA-4321", "ID11", sample + "_0001", folder, sample, "")
                .replace("<tns:endDate>2026-03-13T10:05:00+01:00</tns:endDate>",
                        "<tns:endDate>2026-03-13T09:00:00+01:00</tns:endDate>");
        HttpResponse<String> response = IngestProbe.postDataset(xml, "application/xml");
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("dataset/endDate"), response.body());

        HttpResponse<String> notXml = IngestProbe.postDataset("<oops", "application/xml");
        assertEquals(400, notXml.statusCode(), notXml.body());
        HttpResponse<String> badJson = IngestProbe.postDataset("{\"investigation\": 1}", "application/json");
        assertEquals(400, badJson.statusCode(), badJson.body());

        Thread.sleep(2000);
        assertEquals(0, ICAT.count("root", "SELECT COUNT(s) FROM Sample s WHERE s.name = '" + sample + "'"));
        assertTrue(IngestProbe.deadLetter(relative(folder)).isEmpty(), "a refused request is not enqueued at all");
    }

    @Test
    void unknownParameterIsDeadLetteredWithItsReasonAndNothingIsRegistered() throws Exception {
        String sample = "unk_" + unique;
        Path folder = datasetFolder(sample, sample + "_0001");
        Files.write(folder.resolve("a.dat"), new byte[10]);
        String xml = IngestProbe.datasetXml("MA-4321", "ID11", sample + "_0001", folder, sample,
                "<tns:parameter><tns:name>No_such_parameter</tns:name><tns:value>1</tns:value></tns:parameter>"
                + "<tns:parameter><tns:name>TOMO_energy</tns:name><tns:value>high</tns:value></tns:parameter>");
        assertEquals(202, IngestProbe.postDataset(xml, "application/xml").statusCode());

        JsonObject letter = IngestProbe.awaitDeadLetter(relative(folder));
        String reason = letter.getString("reason");
        assertTrue(reason.contains("No_such_parameter: unknown parameter type"), reason);
        assertTrue(reason.contains("TOMO_energy: 'high' is not a number"), reason);
        assertTrue(letter.getString("body").contains("<tns:name>No_such_parameter</tns:name>"), "original body kept");
        assertEquals(1, letter.getInt("attempts"), "rejections are not retried");
        assertEquals(0, ICAT.count("root", "SELECT COUNT(d) FROM Dataset d WHERE d.location = '" + relative(folder)
                + "'"));
        assertEquals(0, ICAT.count("root", "SELECT COUNT(s) FROM Sample s WHERE s.name = '" + sample + "'"));
        assertFalse(Files.exists(folder.resolve(folder.getFileName() + "_master.h5")));
    }

    @Test
    void unknownProposalInJsonIsDeadLetteredWithItsReason() throws Exception {
        String sample = "nop_" + unique;
        Path folder = datasetFolder(sample, sample + "_0001");
        String json = "{\"investigation\":\"XX-0000\",\"instrument\":\"ID11\",\"name\":\"" + sample + "_0001\","
                + "\"location\":\"" + folder + "\",\"sample\":{\"name\":\"" + sample + "\"},"
                + "\"startDate\":\"2026-03-13T10:00:00+01:00\",\"endDate\":\"2026-03-13T10:05:00+01:00\"}";
        HttpResponse<String> response = IngestProbe.postDataset(json, "application/json");
        assertEquals(202, response.statusCode(), response.body());

        JsonObject letter = IngestProbe.awaitDeadLetter(relative(folder));
        assertTrue(letter.getString("reason").contains("unknown proposal XX-0000"), letter.toString());
        assertEquals(0, ICAT.count("root", "SELECT COUNT(s) FROM Sample s WHERE s.name = '" + sample + "'"));
    }

    @Test
    void datasetOutsideTheInvestigationDatesIsDeadLettered() throws Exception {
        String sample = "late_" + unique;
        Path folder = datasetFolder(sample, sample + "_0001");
        String xml = IngestProbe.datasetXml("MA-4321", "ID11", sample + "_0001", folder, sample, "")
                .replace("2026-03-13T", "2026-04-13T");
        assertEquals(202, IngestProbe.postDataset(xml, "application/xml").statusCode());
        JsonObject letter = IngestProbe.awaitDeadLetter(relative(folder));
        assertTrue(letter.getString("reason").contains("no investigation MA-4321 on beamline ID11 covers"),
                letter.toString());
    }

    // --- helpers -----------------------------------------------------------------------------------

    private Path datasetFolder(String sample, String dataset) throws IOException {
        Path folder = Files.createDirectories(dataRoot.resolve("id11/MA-4321").resolve(sample).resolve(dataset));
        cleanup.dataset(relative(folder), sample);
        return folder;
    }

    private String relative(Path folder) {
        return dataRoot.relativize(folder).toString();
    }

    @Test
    void deadLettersAreForOperatorsOnly() throws Exception {
        HttpResponse<String> anonymous = Http.get("/ingest/dead-letters");
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        HttpResponse<String> alice = Http.get("/ingest/dead-letters?sessionId=" + DemoCatalogueFixture.login("alice"));
        assertEquals(403, alice.statusCode(), alice.body());
        assertEquals("INSUFFICIENT_PRIVILEGES", Http.json(alice).getString("code"));
        HttpResponse<String> resubmit = Http.post("/ingest/dead-letters/ID:1-2-3/resubmit", "");
        assertEquals(401, resubmit.statusCode(), "resubmitting needs an operator too");
    }
}
