package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.esrf.Tango.DevFailed;
import fr.esrf.TangoApi.DeviceAttribute;
import fr.esrf.TangoApi.DeviceData;
import fr.esrf.TangoApi.DeviceProxy;
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
 * The whole pipeline as a beamline uses it: Tango calls on the real device server (run-devices.sh, -nodb,
 * and with a Tango database)
 * → a persistent message on the domain's OpenMQ queue → ingestion → dataset, parameters and datafiles in
 * the catalogue, and a NeXus master file on disk that a second HDF5 reader (h5dump) opens.
 */
@ExtendWith(ArquillianExtension.class)
class TangoToCatalogueIT extends DeployedBeamCat {

    private static final IcatClient ICAT = DemoCatalogueFixture.ICAT;
    private static final String SAMPLE = "Ti64_e2e";
    private static final String DATASET = "Ti64_e2e_0001";
    private static final String BEAMLINE = "id11";
    private static final String SESSION = "dbit";
    private static final String DB_SAMPLE = "Ti64_db";
    private static final String DB_DATASET = "Ti64_db_0001";
    private static final String DB_ABORTED = "Ti64_db_aborted";

    @TempDir
    Path work;

    @Test
    void aDatasetDescribedToTangoEndsInTheCatalogueWithItsMasterFile() throws Exception {
        DemoCatalogueFixture.ensureLoaded();
        String root = DemoCatalogueFixture.login("root");
        String proposal = "E2E-" + (System.currentTimeMillis() % 1_000_000);
        long investigation = CurrentInvestigation.create(root, proposal, "ID11", "Tango to catalogue");
        try {
            Path folder = Path.of(System.getProperty("it.data.root", "/tmp"))
                    .resolve("id11/" + proposal + "/" + SAMPLE + "/" + DATASET);
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("scan.dat"), "#S 1 ascan\n1 2 3\n", StandardCharsets.US_ASCII);
            Files.write(folder.resolve("frame_0000.raw"), new byte[4096]);

            try (TangoDeviceProcess devices = TangoDeviceProcess.start(work)) {
                DeviceProxy experiment = answering(new DeviceProxy(devices.address(TangoDeviceProcess.EXPERIMENT)));
                DeviceProxy manager = answering(new DeviceProxy(devices.address(TangoDeviceProcess.MANAGER)));
                write(experiment, "proposal", proposal);
                write(experiment, "sample", SAMPLE);
                write(experiment, "dataRoot", folder.toString());
                write(manager, "datasetName", DATASET);
                manager.command_inout("startDataset");
                DeviceData parameters = new DeviceData();
                parameters.insert("{\"InstrumentMonochromator_energy\": 43.35, \"definition\": \"XRD\"}");
                manager.command_inout("SetParameters", parameters);
                write(manager, "lastDataFile", folder.resolve("scan.dat").toString());
                manager.command_inout("endDataset");
            }

            String inDataset = " WHERE x.dataset.name = '" + DATASET + "' AND x.dataset.investigation.id = " + investigation;
            awaitCount(root, "SELECT COUNT(x) FROM Datafile x" + inDataset, 3); // two files and the master file
            assertEquals(3L, count(root, "SELECT COUNT(x) FROM DatasetParameter x" + inDataset),
                    "Sample_name, energy and definition");
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

    /**
     * The devices as a beamline runs them in production: registered in a real Tango database (Debian's
     * DataBaseds on MariaDB, started by test.sh) by the operator's script, the server started with TANGO_HOST,
     * and a PyTango client driving an experiment as a sequencer does (an aborted dataset, then one that ends).
     * The folder comes from the dataFolderPattern property stored in the Tango database: a server that did not
     * read its properties from there would send the dataset elsewhere. In this class to share its deployment.
     */
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

            Path folder = dataRoot.resolve(BEAMLINE + "/" + proposal + "/" + DB_SAMPLE + "/" + DB_DATASET);
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("scan.dat"), "#S 1 ascan\n1 2 3\n", StandardCharsets.US_ASCII);
            Files.write(folder.resolve("frame_0000.raw"), new byte[4096]);

            JsonObject seen;
            try (TangoDatabaseServer server = TangoDatabaseServer.start(BEAMLINE, work)) {
                Path sequencer = Path.of(TangoToCatalogueIT.class.getResource("/tango/sequencer.py").toURI());
                String output = TangoDatabaseServer.run(Map.of(), TangoDatabaseServer.PYTHON, sequencer.toString(),
                        BEAMLINE + "/metaexp/" + SESSION, BEAMLINE + "/metadata/" + SESSION, proposal, DB_SAMPLE,
                        DB_ABORTED, DB_DATASET, "{\"InstrumentMonochromator_energy\": 43.35, \"definition\": \"XRD\"}",
                        folder.resolve("scan.dat").toString());
                seen = Json.createReader(new StringReader(output.strip().lines().reduce((a, b) -> b).orElse("{}")))
                        .readObject();
            }
            assertEquals("ON", seen.getString("experiment"), seen.toString());
            assertEquals("RUNNING", seen.getString("abortedRunning"), seen.toString());
            assertEquals("ON", seen.getString("afterAbort"), "an abort keeps the name: " + seen);
            assertEquals(DB_ABORTED, seen.getString("nameAfterAbort"), seen.toString());
            assertEquals("RUNNING", seen.getString("running"), seen.toString());
            assertEquals("STANDBY", seen.getString("afterEnd"), seen.toString());
            assertEquals("", seen.getString("nameAfterEnd"), seen.toString());

            String inDataset = " WHERE x.dataset.name = '" + DB_DATASET + "' AND x.dataset.investigation.id = " + investigation;
            awaitCount(root, "SELECT COUNT(x) FROM Datafile x" + inDataset, 3); // two files and the master file
            assertEquals(3L, count(root, "SELECT COUNT(x) FROM DatasetParameter x" + inDataset),
                    "Sample_name, energy and definition");
            assertEquals(43.35, ICAT.search(root, "SELECT x.numericValue FROM DatasetParameter x" + inDataset
                    + " AND x.type.name = 'InstrumentMonochromator_energy'").getJsonNumber(0).doubleValue(), 1e-9);
            assertEquals("XRD", ICAT.search(root, "SELECT x.stringValue FROM DatasetParameter x" + inDataset
                    + " AND x.type.name = 'definition'").getString(0));
            assertEquals(DB_SAMPLE, ICAT.search(root, "SELECT x.stringValue FROM DatasetParameter x" + inDataset
                    + " AND x.type.name = 'Sample_name'").getString(0));
            assertEquals(0L, count(root, "SELECT COUNT(d) FROM Dataset d WHERE d.name = '" + DB_ABORTED
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

    /** The server opens its port before it has exported its devices: wait until the device itself answers. */
    private static DeviceProxy answering(DeviceProxy device) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            try {
                device.ping();
                return device;
            } catch (DevFailed notYet) {
                if (System.currentTimeMillis() > deadline) {
                    throw notYet;
                }
                Thread.sleep(250);
            }
        }
    }

    private static void write(DeviceProxy device, String attribute, String value) throws DevFailed {
        device.write_attribute(new DeviceAttribute(attribute, value));
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
