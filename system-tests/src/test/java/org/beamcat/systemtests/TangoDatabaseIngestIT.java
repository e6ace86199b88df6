package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.beamcat.icat.client.EntityRef;
import org.beamcat.icat.client.IcatClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Tango devices as a beamline runs them in production: registered in a real Tango database (Debian's
 * DataBaseds on MariaDB, started by test.sh) by the operator's script, the device server started with
 * TANGO_HOST, and a PyTango client driving an experiment as a sequencer does (an aborted dataset, then one
 * that ends) → the dataset in the catalogue with its parameters and a NeXus master file. The dataset folder
 * comes from the dataFolderPattern property stored in the Tango database, so a server that did not read its
 * properties from there would send the dataset elsewhere and the test would fail.
 */
@ExtendWith(ArquillianExtension.class)
class TangoDatabaseIngestIT extends DeployedBeamCat {

    private static final IcatClient ICAT = DemoCatalogueFixture.ICAT;
    private static final String BEAMLINE = "id11";
    private static final String SESSION = "dbit";
    private static final String SAMPLE = "Ti64_db";
    private static final String DATASET = "Ti64_db_0001";
    private static final String ABORTED = "Ti64_db_aborted";

    @TempDir
    Path work;

    @Test
    void aSequencerDrivesTheDevicesThroughTheTangoDatabase() throws Exception {
        DemoCatalogueFixture.ensureLoaded();
        String root = DemoCatalogueFixture.login("root");
        String proposal = "TDB-" + (System.currentTimeMillis() % 1_000_000);
        long investigation = CurrentInvestigation.create(root, proposal, "ID11", "Tango database to catalogue");
        try {
            Path dataRoot = Path.of(System.getProperty("it.data.root", "/tmp"));
            String pattern = dataRoot + "/{beamlineID}/{proposal}/{sampleName}/{datasetName}";
            TangoDatabaseServer.register(BEAMLINE, SESSION, pattern);
            assertTrue(TangoDatabaseServer.register(BEAMLINE, SESSION, pattern).contains("nothing to change"),
                    "registering the same session again changes nothing");

            Path folder = dataRoot.resolve(BEAMLINE + "/" + proposal + "/" + SAMPLE + "/" + DATASET);
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("scan.dat"), "#S 1 ascan\n1 2 3\n", StandardCharsets.US_ASCII);
            Files.write(folder.resolve("frame_0000.raw"), new byte[4096]);

            JsonObject seen;
            try (TangoDatabaseServer server = TangoDatabaseServer.start(BEAMLINE, work)) {
                Path sequencer = Path.of(TangoDatabaseIngestIT.class.getResource("/tango/sequencer.py").toURI());
                String output = TangoDatabaseServer.run(Map.of(), TangoDatabaseServer.PYTHON, sequencer.toString(),
                        BEAMLINE + "/metaexp/" + SESSION, BEAMLINE + "/metadata/" + SESSION, proposal, SAMPLE,
                        ABORTED, DATASET, "{\"InstrumentMonochromator_energy\": 43.35, \"definition\": \"XRD\"}",
                        folder.resolve("scan.dat").toString());
                seen = Json.createReader(new StringReader(output.strip().lines().reduce((a, b) -> b).orElse("{}")))
                        .readObject();
            }
            assertEquals("ON", seen.getString("experiment"), seen.toString());
            assertEquals("RUNNING", seen.getString("abortedRunning"), seen.toString());
            assertEquals("ON", seen.getString("afterAbort"), "an abort keeps the name: " + seen);
            assertEquals(ABORTED, seen.getString("nameAfterAbort"), seen.toString());
            assertEquals("RUNNING", seen.getString("running"), seen.toString());
            assertEquals("STANDBY", seen.getString("afterEnd"), seen.toString());
            assertEquals("", seen.getString("nameAfterEnd"), seen.toString());

            String inDataset = " WHERE x.dataset.name = '" + DATASET + "' AND x.dataset.investigation.id = " + investigation;
            awaitCount(root, "SELECT COUNT(x) FROM Datafile x" + inDataset, 3); // two files and the master file
            assertEquals(3L, count(root, "SELECT COUNT(x) FROM DatasetParameter x" + inDataset),
                    "Sample_name, energy and definition");
            assertEquals(43.35, ICAT.search(root, "SELECT x.numericValue FROM DatasetParameter x" + inDataset
                    + " AND x.type.name = 'InstrumentMonochromator_energy'").getJsonNumber(0).doubleValue(), 1e-9);
            assertEquals("XRD", ICAT.search(root, "SELECT x.stringValue FROM DatasetParameter x" + inDataset
                    + " AND x.type.name = 'definition'").getString(0));
            assertEquals(SAMPLE, ICAT.search(root, "SELECT x.stringValue FROM DatasetParameter x" + inDataset
                    + " AND x.type.name = 'Sample_name'").getString(0));
            assertEquals(0L, count(root, "SELECT COUNT(d) FROM Dataset d WHERE d.name = '" + ABORTED
                    + "' AND d.investigation.id = " + investigation), "the aborted dataset sends nothing");

            Path master;
            try (Stream<Path> files = Files.list(folder)) {
                master = files.filter(f -> f.getFileName().toString().endsWith("_master.h5")).findFirst().orElseThrow();
            }
            Process h5dump = new ProcessBuilder("h5dump", "-A", master.toString()).redirectErrorStream(true).start();
            String dump = new String(h5dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(h5dump.waitFor(30, TimeUnit.SECONDS) && h5dump.exitValue() == 0, dump);
            assertTrue(dump.contains("NXentry") && dump.contains(proposal), dump);
        } finally {
            ICAT.delete(root, List.of(new EntityRef("Investigation", investigation)));
        }
    }

    private static long count(String session, String query) throws Exception {
        return ICAT.search(session, query).getJsonNumber(0).longValue();
    }

    private static void awaitCount(String session, String query, long expected) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        long found = count(session, query);
        while (found != expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(300);
            found = count(session, query);
        }
        assertEquals(expected, found, query);
    }
}
