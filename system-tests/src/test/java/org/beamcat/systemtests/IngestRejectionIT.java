package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every way a queued dataset message can fail, sent as a beamline sends it (STOMP, persistent) so nothing
 * checks it before the queue: each ends in the dead-letter queue {@code icatIngestDeadLetter} with its
 * reason and the original body, and leaves nothing half-registered (no dataset, no sample, no master
 * file in the folder).
 */
class IngestRejectionIT extends IngestSystemTest {

    @Test
    void malformedXmlIsDeadLetteredUnchanged() throws Exception {
        String sample = IngestProbe.unique("malformed");
        Path folder = probe.datasetFolder(sample, sample + "_0001");
        Files.write(folder.resolve("a.dat"), new byte[3]);
        String body = "<tns:dataset xmlns:tns=\"http://www.esrf.fr/icat\"><tns:location>" + folder
                + "</tns:location><tns:sample><tns:name>" + sample + "</tns:name>";
        IngestProbe.sendOverStomp(body);

        JsonObject letter = probe.awaitDeadLetter(probe.relative(folder));
        assertTrue(letter.getString("reason").startsWith("invalid message"), letter.toString());
        assertEquals(body, letter.getString("body"), "the original body, unchanged");
        assertEquals("icatIngest", letter.getString("sourceQueue"));
        assertEquals(1, letter.getInt("attempts"), "a malformed message is not retried");
        assertNothingRegistered(folder, sample);
    }

    @Test
    void unknownInvestigationIsDeadLettered() throws Exception {
        String sample = IngestProbe.unique("noinv");
        Path folder = probe.datasetFolder(sample, sample + "_0001");
        Files.write(folder.resolve("a.dat"), new byte[3]);
        IngestProbe.sendOverStomp(IngestProbe.datasetXml("ZZ-9999", folder, sample, ""));

        JsonObject letter = probe.awaitDeadLetter(probe.relative(folder));
        assertTrue(letter.getString("reason").contains("unknown proposal ZZ-9999"), letter.toString());
        assertNothingRegistered(folder, sample);
    }

    @Test
    void unknownParameterIsDeadLettered() throws Exception {
        String sample = IngestProbe.unique("nopar");
        Path folder = probe.datasetFolder(sample, sample + "_0001");
        Files.write(folder.resolve("a.dat"), new byte[3]);
        IngestProbe.sendOverStomp(IngestProbe.datasetXml(folder, sample, IngestProbe.parameter("TOMO_energy", "20")
                + IngestProbe.parameter("Not_a_parameter_type", "1")));

        JsonObject letter = probe.awaitDeadLetter(probe.relative(folder));
        assertTrue(letter.getString("reason").contains("Not_a_parameter_type: unknown parameter type"),
                letter.toString());
        assertNothingRegistered(folder, sample);
    }

    @Test
    void illTypedParameterValueIsDeadLettered() throws Exception {
        String sample = IngestProbe.unique("badval");
        Path folder = probe.datasetFolder(sample, sample + "_0001");
        Files.write(folder.resolve("a.dat"), new byte[3]);
        IngestProbe.sendOverStomp(IngestProbe.datasetXml(folder, sample, IngestProbe.parameter("TOMO_energy", "12 keV")));

        JsonObject letter = probe.awaitDeadLetter(probe.relative(folder));
        assertTrue(letter.getString("reason").contains("TOMO_energy: '12 keV' is not a number"), letter.toString());
        assertNothingRegistered(folder, sample);
    }

    @Test
    void missingFolderIsDeadLettered() throws Exception {
        String sample = IngestProbe.unique("nofolder");
        Path folder = probe.dataRoot.resolve("id11/MA-4321").resolve(sample).resolve(sample + "_0001");
        probe.cleanup.dataset(probe.relative(folder), sample);
        IngestProbe.sendOverStomp(IngestProbe.datasetXml(folder, sample, ""));

        JsonObject letter = probe.awaitDeadLetter(probe.relative(folder));
        assertTrue(letter.getString("reason").contains("is not an existing folder"), letter.toString());
        assertEquals(0, IngestProbe.datasetsAt(probe.relative(folder)));
        assertEquals(0, IngestProbe.count("SELECT COUNT(s) FROM Sample s WHERE s.name = '" + sample + "'"));
        assertFalse(Files.exists(folder), "the ingester creates no folder");
    }

    /** The same message twice, processed at the same time: one dataset, each file registered once. */
    @Test
    void duplicateMessagesRegisterOneDatasetAndEachFileOnce() throws Exception {
        String sample = IngestProbe.unique("dup");
        Path folder = probe.datasetFolder(sample, sample + "_0001");
        for (int i = 0; i < 20; i++) {
            Files.write(folder.resolve("frame_" + i + ".raw"), new byte[100 + i]);
        }
        String xml = IngestProbe.datasetXml(folder, sample, "");
        IngestProbe.sendOverStomp(List.of(xml, xml));

        String location = probe.relative(folder);
        // each message logs exactly one outcome: "registered" or "already registered"
        TestDomain.fromSystemProperties().awaitLogLines(line -> line.contains("dataset " + location + " ")
                && line.contains("registered as dataset"), 2, IngestProbe.PATIENCE);
        long dataset = probe.awaitDataset(location);
        assertEquals(1, IngestProbe.datasetsAt(location));
        assertEquals(21, IngestProbe.count("SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = " + dataset),
                "20 frames and the master file, each once");
        assertEquals(1, IngestProbe.count("SELECT COUNT(s) FROM Sample s WHERE s.name = '" + sample + "'"));
        assertTrue(probe.deadLetter(location).isEmpty(), "no dead letter for a duplicate");
    }

    /**
     * The catalogue refuses the dataset for a moment (a database trigger fails its insert), then accepts it
     * again: the message is redelivered and registered once, with nothing dead-lettered.
     */
    @Test
    void transientCatalogueRefusalIsRedeliveredThenRegistered() throws Exception {
        String sample = IngestProbe.unique("flaky");
        Path folder = probe.datasetFolder(sample, sample + "_0001");
        Files.write(folder.resolve("a.dat"), new byte[5]);
        String refusal = "beamcat test refusal " + sample;
        TestDomain domain = TestDomain.fromSystemProperties();
        try (CatalogueDatabase database = CatalogueDatabase.connect()) {
            database.refuseDatasetInserts(folder.getFileName().toString(), refusal);
            try {
                IngestProbe.sendOverStomp(IngestProbe.datasetXml(folder, sample, ""));
                domain.awaitLogLines(line -> line.contains(refusal), 1, IngestProbe.PATIENCE);
            } finally {
                database.acceptDatasetInserts();
            }
        }
        String location = probe.relative(folder);
        long dataset = probe.awaitDataset(location);
        IngestProbe.awaitCount("SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = " + dataset, 2);
        assertEquals(1, IngestProbe.datasetsAt(location));
        assertEquals(1, IngestProbe.count("SELECT COUNT(s) FROM Sample s WHERE s.name = '" + sample + "'"));
        assertTrue(probe.deadLetter(location).isEmpty(), "registered on redelivery, not dead-lettered");
        assertFalse(domain.logLines(line -> line.contains("will be redelivered")).isEmpty());
    }

    /**
     * A file vanishes from the folder while the scan is under way: the scan lists the folder, then reads
     * each file in name order for its CRC32; opening {@code a_gate.dat} blocks on a file lease until
     * {@code z_vanishing.dat}, listed already, is deleted ({@link FileLeaseGate}). As the unit test of the
     * scan says, that delivery fails ("vanished during the scan") and the message is redelivered; the
     * next scan finds the files that exist, so the dataset registers with them, once, with no dead letter.
     */
    @Test
    void fileVanishingDuringTheScanIsRetriedThenTheDatasetRegistersWithTheFilesThatExist() throws Exception {
        String sample = IngestProbe.unique("vanish");
        Path folder = probe.datasetFolder(sample, sample + "_0001");
        Path gate = Files.write(folder.resolve("a_gate.dat"), new byte[7]);
        Files.write(folder.resolve("b.dat"), new byte[5]);
        Path victim = Files.write(folder.resolve("z_vanishing.dat"), new byte[3]);
        String location = probe.relative(folder);
        TestDomain domain = TestDomain.fromSystemProperties();

        try (FileLeaseGate lease = FileLeaseGate.deleteWhenOpened(gate, victim)) {
            assertEquals(202, IngestProbe.postDataset(IngestProbe.datasetXml(folder, sample, ""), "application/xml")
                    .statusCode());
            lease.awaitReleased(IngestProbe.PATIENCE);
        }
        long dataset = probe.awaitDataset(location);
        IngestProbe.awaitCount("SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = " + dataset, 3);
        assertEquals(0, IngestProbe.count("SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = " + dataset
                + " AND df.name = 'z_vanishing.dat'"), "the vanished file is not registered");
        assertEquals(1, IngestProbe.count("SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = " + dataset
                + " AND df.name = 'a_gate.dat' AND df.fileSize = 7"));
        assertEquals(1, IngestProbe.datasetsAt(location));
        assertFalse(domain.logLines(line -> line.contains(victim + " vanished during the scan")).isEmpty(),
                "the first delivery met the vanishing file");
        assertFalse(domain.logLines(line -> line.contains("will be redelivered")).isEmpty());
        assertTrue(probe.deadLetter(location).isEmpty(), "registered on redelivery, not dead-lettered");
        assertFalse(h5dumpMentions(folder, "z_vanishing.dat"), "the master file does not list it");
    }

    private static boolean h5dumpMentions(Path folder, String name) throws Exception {
        return IngestProbe.h5dump(IngestProbe.masterFile(folder)).contains(name);
    }

    /**
     * The operators' dead-letter calls on a real dead letter: list, inspect one, resubmit it once its cause is
     * fixed (the folder now exists); other users are refused, bad and unknown ids answered with typed errors.
     */
    @Test
    void operatorsInspectAndResubmitADeadLetterOthersAreRefused() throws Exception {
        String sample = IngestProbe.unique("resubmit");
        Path folder = probe.dataRoot.resolve("id11/MA-4321").resolve(sample).resolve(sample + "_0001");
        probe.cleanup.dataset(probe.relative(folder), sample);
        IngestProbe.sendOverStomp(IngestProbe.datasetXml(folder, sample, ""));
        JsonObject letter = probe.awaitDeadLetter(probe.relative(folder));
        String id = letter.getString("id");
        String root = DemoCatalogueFixture.login("root");
        String alice = DemoCatalogueFixture.login("alice");

        HttpResponse<String> inspected = Http.get(deadLetter(id) + "?sessionId=" + root);
        assertEquals(200, inspected.statusCode(), inspected.body());
        assertEquals(letter, Http.json(inspected), "one dead letter shows what the list shows");
        for (HttpResponse<String> refused : List.of(Http.get("/ingest/dead-letters?sessionId=" + alice),
                Http.get(deadLetter(id) + "?sessionId=" + alice),
                Http.post(deadLetter(id) + "/resubmit?sessionId=" + alice, ""))) {
            assertEquals(403, refused.statusCode(), refused.body());
            assertEquals("INSUFFICIENT_PRIVILEGES", Http.json(refused).getString("code"));
        }
        HttpResponse<String> badId = Http.get("/ingest/dead-letters/not-an-id?sessionId=" + root);
        assertEquals(400, badId.statusCode(), badId.body());
        assertEquals("BAD_PARAMETER", Http.json(badId).getString("code"));
        HttpResponse<String> unknown = Http.get(deadLetter("ID:0-0-0") + "?sessionId=" + root);
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals("NO_SUCH_OBJECT_FOUND", Http.json(unknown).getString("code"));

        Files.createDirectories(folder);
        Files.write(folder.resolve("a.dat"), new byte[4]);
        HttpResponse<String> resubmitted = Http.post(deadLetter(id) + "/resubmit?sessionId=" + root, "");
        assertEquals(202, resubmitted.statusCode(), resubmitted.body());
        long dataset = probe.awaitDataset(probe.relative(folder));
        IngestProbe.awaitCount("SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = " + dataset, 2);
        assertEquals(404, Http.get(deadLetter(id) + "?sessionId=" + root).statusCode(), "no longer a dead letter");
        assertEquals(404, Http.post(deadLetter(id) + "/resubmit?sessionId=" + root, "").statusCode(),
                "resubmitted once only");
    }

    private static String deadLetter(String id) {
        return "/ingest/dead-letters/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    private void assertNothingRegistered(Path folder, String sample) throws Exception {
        assertEquals(0, IngestProbe.datasetsAt(probe.relative(folder)), "no dataset");
        assertEquals(0, IngestProbe.count("SELECT COUNT(s) FROM Sample s WHERE s.name = '" + sample + "'"), "no sample");
        assertFalse(Files.exists(IngestProbe.masterFile(folder)), "no master file left in the folder");
    }
}
