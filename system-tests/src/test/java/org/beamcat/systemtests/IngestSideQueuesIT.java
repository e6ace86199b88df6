package org.beamcat.systemtests;

import static org.beamcat.systemtests.IngestProbe.awaitCount;
import static org.beamcat.systemtests.IngestProbe.awaitDataset;
import static org.beamcat.systemtests.IngestProbe.awaitDeadLetter;
import static org.beamcat.systemtests.IngestProbe.datasetXml;
import static org.beamcat.systemtests.IngestProbe.h5dump;

import static org.beamcat.systemtests.IngestProbe.postDataset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * The JSON side queues over JMS: icatUpdateDatasetMetadata adds or changes one typed parameter on
 * registered datasets, and refuses (dead letter, nothing changed) a message naming an unknown dataset or
 * parameter; icatDataFiles re-scans a dataset folder, registers the new files once (with their CRC32, as
 * the test domain is configured) and rewrites the master file when HDF5 files appeared. Dead letters of
 * the side queues name their queue, and re-submitting one sends it back there.
 */
class IngestSideQueuesIT extends IngestSystemTest {

    @Test
    void updateAddsAParameterAndChangesAnother() throws Exception {
        Path first = register("upd1_" + unique, IngestProbe.parameter("InstrumentMonochromator_energy", "43.35"));
        Path second = register("upd2_" + unique, "");
        long firstId = awaitDataset(relative(first));
        long secondId = awaitDataset(relative(second));

        OpenMqSender.send("icatUpdateDatasetMetadata", update(List.of(first, second), "InstrumentMonochromator_energy",
                "50.5"));
        awaitCount(parameter(secondId, "InstrumentMonochromator_energy") + " AND p.numericValue = 50.5", 1);
        awaitCount(parameter(firstId, "InstrumentMonochromator_energy") + " AND p.numericValue = 50.5", 1);
        assertEquals(1, ICAT.count("root", parameter(firstId, "InstrumentMonochromator_energy")),
                "changed in place, not added twice");

        OpenMqSender.send("icatUpdateDatasetMetadata", update(List.of(first), "Sample_description", "annealed at 400 C"));
        awaitCount(parameter(firstId, "Sample_description") + " AND p.stringValue = 'annealed at 400 C'", 1);
    }

    /**
     * After an update of parameters the mapping puts into the master file (NXinstrument, NXsample), the
     * master file shows the new values, read by h5dump, and its Datafile row has the rewritten file's size
     * and CRC32 (so the IDS does not find the file changed behind the catalogue).
     */
    @Test
    void updateRewritesTheMasterFileWithTheNewValues() throws Exception {
        Path folder = register("updm_" + unique, IngestProbe.parameter("InstrumentMonochromator_energy", "43.35"));
        long dataset = awaitDataset(relative(folder));
        awaitCount(files(dataset), 2);
        Path master = IngestProbe.masterFile(folder);
        assertTrue(h5dump(master).contains("43.35"), "the registered value first");

        OpenMqSender.send("icatUpdateDatasetMetadata", update(List.of(folder), "InstrumentMonochromator_energy",
                "50.5"));
        String energy = awaitMasterDump(master, "-d", "/entry/instrument/monochromator/energy", "50.5");
        assertTrue(energy.contains("\"units\"") && energy.contains("keV"), energy);
        OpenMqSender.send("icatUpdateDatasetMetadata", update(List.of(folder), "Sample_description",
                "annealed at 400 C"));
        awaitMasterDump(master, "-d", "/entry/sample/description", "annealed at 400 C");
        String whole = h5dump(master);
        assertTrue(whole.contains("\"a.dat\"") && whole.contains("\"MA-4321\""), "the rest is kept:\n" + whole);

        CRC32 crc = new CRC32();
        crc.update(Files.readAllBytes(master));
        awaitCount(files(dataset) + " AND df.name = '" + master.getFileName() + "' AND df.fileSize = " + Files.size(master)
                + " AND df.checksum = '" + Long.toHexString(crc.getValue()) + "'", 1);
        assertEquals(2, ICAT.count("root", files(dataset)), "the master file is still registered once");
    }

    /**
     * The folder of a dataset is gone when its parameter changes: the catalogue change stays, the message is
     * not dead-lettered, and the master file that could not be written is logged and counted.
     */
    @Test
    void updateOfADatasetWhoseFolderIsGoneChangesTheCatalogueAndCountsTheMasterFile() throws Exception {
        Path folder = register("updg_" + unique, IngestProbe.parameter("InstrumentMonochromator_energy", "43.35"));
        long dataset = awaitDataset(relative(folder));
        awaitCount(files(dataset), 2);
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        double before = notWritten();

        OpenMqSender.send("icatUpdateDatasetMetadata", update(List.of(folder), "InstrumentMonochromator_energy",
                "61.5"));
        awaitCount(parameter(dataset, "InstrumentMonochromator_energy") + " AND p.numericValue = 61.5", 1);
        TestDomain.fromSystemProperties().awaitLogLines(line -> line.contains("master file of dataset " + dataset
                + " not rewritten (FOLDER_GONE)"), 1, IngestProbe.PATIENCE);
        java.time.Instant deadline = java.time.Instant.now().plus(IngestProbe.PATIENCE);
        while (notWritten() < before + 1 && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(300);
        }
        assertEquals(before + 1, notWritten(), "counted once");
        assertFalse(Files.exists(folder), "nothing written where the folder was");
        assertTrue(IngestProbe.deadLetter(body -> body.contains(folder.toString())).isEmpty(), "not dead-lettered");
    }

    /**
     * The message names a beamline: a dataset of the proposal registered on another beamline is refused
     * (dead letter with the reason, nothing changed); the same update naming the right beamline, in any
     * case, changes it.
     */
    @Test
    void updateNamingAnotherBeamlineIsRefusedAndTheRightOneAccepted() throws Exception {
        Path folder = register("updb_" + unique, IngestProbe.parameter("InstrumentMonochromator_energy", "43.35"));
        long dataset = awaitDataset(relative(folder));
        awaitCount(files(dataset), 2);

        OpenMqSender.send("icatUpdateDatasetMetadata", update("ID15", List.of(folder), "InstrumentMonochromator_energy",
                "70"));
        JsonObject letter = awaitDeadLetter(body -> body.contains(folder.toString()) && body.contains("ID15"),
                "update naming ID15");
        assertTrue(letter.getString("reason").contains("is not on beamline ID15 (its investigation is on ID11)"),
                letter.toString());
        assertEquals(1, letter.getInt("attempts"), "a rejection is not retried");
        assertEquals(1, ICAT.count("root", parameter(dataset, "InstrumentMonochromator_energy")
                + " AND p.numericValue = 43.35"), "unchanged in the catalogue");
        assertTrue(h5dump(IngestProbe.masterFile(folder)).contains("43.35"), "unchanged in the master file");

        OpenMqSender.send("icatUpdateDatasetMetadata", update("ID11", List.of(folder), "InstrumentMonochromator_energy",
                "70"));
        awaitCount(parameter(dataset, "InstrumentMonochromator_energy") + " AND p.numericValue = 70", 1);
    }

    @Test
    void updateNamingAnUnknownDatasetOrParameterChangesNothingAndIsDeadLettered() throws Exception {
        Path known = register("updk_" + unique, IngestProbe.parameter("InstrumentMonochromator_energy", "43.35"));
        long knownId = awaitDataset(relative(known));
        Path unknown = Files.createDirectories(dataRoot.resolve("id11/MA-4321/nowhere_" + unique));

        OpenMqSender.send("icatUpdateDatasetMetadata", update(List.of(known, unknown), "InstrumentMonochromator_energy",
                "99"));
        JsonObject letter = awaitDeadLetter(body -> body.contains("nowhere_" + unique), "unknown dataset");
        assertTrue(letter.getString("reason").contains("no dataset of proposal MA-4321 is registered at " + unknown),
                letter.toString());
        assertEquals("icatUpdateDatasetMetadata", letter.getString("sourceQueue"), letter.toString());
        assertEquals(1, ICAT.count("root", parameter(knownId, "InstrumentMonochromator_energy")
                + " AND p.numericValue = 43.35"), "the known dataset is unchanged");

        String badParameter = update(List.of(known), "No_such_parameter_" + unique, "1");
        OpenMqSender.send("icatUpdateDatasetMetadata", badParameter);
        JsonObject refused = awaitDeadLetter(body -> body.contains("No_such_parameter_" + unique), "unknown parameter");
        assertTrue(refused.getString("reason").contains("unknown parameter type"), refused.toString());

        // re-submitted, it goes back to its own queue (and, still wrong, is dead-lettered again from there)
        HttpResponse<String> resubmit = Http.post("/ingest/dead-letters/" + refused.getString("id")
                + "/resubmit?sessionId=" + DemoCatalogueFixture.login("root"), "");
        assertEquals(202, resubmit.statusCode(), resubmit.body());
        assertEquals("icatUpdateDatasetMetadata", Http.json(resubmit).getString("queue"));
        JsonObject again = awaitDeadLetter(body -> body.contains("No_such_parameter_" + unique),
                "re-submitted unknown parameter");
        assertNotEquals(refused.getString("id"), again.getString("id"), "a new dead letter, the old one was moved");
        assertEquals("icatUpdateDatasetMetadata", again.getString("sourceQueue"), again.toString());
    }

    @Test
    void dataFilesRescanAddsNewFilesOnceAndRewritesTheMasterFile() throws Exception {
        String sample = "scan_" + unique;
        Path folder = register(sample, "");
        long dataset = awaitDataset(relative(folder));
        awaitCount(files(dataset), 2); // a.dat and the master file

        byte[] content = "new frames".getBytes(StandardCharsets.US_ASCII);
        Files.write(folder.resolve("b.dat"), content);
        Files.write(folder.resolve("eiger_0001.h5"), new byte[64]);
        long handled = IngestProbe.messagesHandled("icatDataFiles");
        OpenMqSender.send("icatDataFiles", "{\"datasetId\": " + dataset + "}");
        OpenMqSender.send("icatDataFiles", "{\"datasetId\": " + dataset + "}");
        IngestProbe.awaitMessagesHandled("icatDataFiles", handled, 2);
        assertEquals(4, ICAT.count("root", files(dataset)), "each new file once");

        CRC32 crc = new CRC32();
        crc.update(content);
        assertEquals(1, ICAT.count("root", files(dataset) + " AND df.name = 'b.dat' AND df.checksum = '"
                + Long.toHexString(crc.getValue()) + "'"), "CRC32 as the IDS writes it");
        String dump = h5dump(folder.resolve(folder.getFileName() + "_master.h5"));
        for (String expected : new String[] {"\"eiger_0001.h5\"", "\"b.dat\"", "\"a.dat\"", "\"MA-4321\"",
            "\"" + sample + "\""}) {
            assertTrue(dump.contains(expected), expected + " in\n" + dump);
        }
        Path master = folder.resolve(folder.getFileName() + "_master.h5");
        CRC32 masterCrc = new CRC32();
        masterCrc.update(Files.readAllBytes(master));
        awaitCount(files(dataset) + " AND df.name = '" + master.getFileName() + "' AND df.fileSize = "
                + Files.size(master) + " AND df.checksum = '" + Long.toHexString(masterCrc.getValue()) + "'", 1);
    }

    @Test
    void dataFilesForAnUnknownDatasetIsDeadLettered() throws Exception {
        long missing = 900_000_000L + Math.abs(unique.hashCode() % 1000);
        OpenMqSender.send("icatDataFiles", "{\"datasetId\": " + missing + "}");
        JsonObject letter = awaitDeadLetter(body -> body.contains("" + missing), "dataset " + missing);
        assertTrue(letter.getString("reason").contains("no dataset " + missing + " is registered"), letter.toString());
        assertEquals("icatDataFiles", letter.getString("sourceQueue"), letter.toString());
    }

    private Path register(String sample, String parameters) throws Exception {
        Path folder = datasetFolder(sample, sample + "_0001");
        Files.write(folder.resolve("a.dat"), new byte[5]);
        assertEquals(202, postDataset(datasetXml("MA-4321", "id11", sample + "_0001", folder, sample, parameters),
                "application/xml").statusCode());
        return folder;
    }

    private static String update(List<Path> folders, String name, String value) throws IOException {
        return update("id11", folders, name, value);
    }

    private static String update(String beamline, List<Path> folders, String name, String value) {
        StringBuilder paths = new StringBuilder();
        for (Path folder : folders) {
            paths.append(paths.length() == 0 ? "" : ",").append('"').append(folder).append('"');
        }
        return "{\"proposal\":\"MA-4321\",\"beamline\":\"" + beamline + "\",\"datasetPaths\":[" + paths + "],"
                + "\"metadataName\":\"" + name + "\",\"metadataValue\":\"" + value + "\"}";
    }

    /** h5dump's output for the arguments once it contains the text (the master file follows the catalogue). */
    private static String awaitMasterDump(Path master, String option, String path, String expected) throws Exception {
        java.time.Instant deadline = java.time.Instant.now().plus(IngestProbe.PATIENCE);
        // until then h5dump may not find the path (a new parameter): only the final dump must succeed
        while (!IngestProbe.h5dumpOutput(master, option, path).contains(expected)
                && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(300);
        }
        String dump = IngestProbe.h5dump(master, option, path);
        assertTrue(dump.contains(expected), expected + " in\n" + dump);
        return dump;
    }

    private static double notWritten() throws Exception {
        HttpResponse<String> response = Http.get("/metrics?scope=application");
        assertEquals(200, response.statusCode(), response.body());
        return new MetricsText(response.body()).value("beamcat.ingest.master.files.not.written");
    }

    private static String parameter(long dataset, String name) {
        return "SELECT COUNT(p) FROM DatasetParameter p WHERE p.dataset.id = " + dataset + " AND p.type.name = '"
                + name + "'";
    }

    private static String files(long dataset) {
        return "SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = " + dataset;
    }
}
