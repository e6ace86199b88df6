package org.beamcat.tango.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import org.beamcat.messages.DatasetMessage;
import org.beamcat.messages.DatasetMessageXml;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DatasetManagerTest {

    private final RecordingSender sender = new RecordingSender();
    private final Experiment experiment = new Experiment("id00/metaexp/test");
    private BrokerHealth broker;
    private DatasetManager manager;

    @BeforeEach
    void setUp() {
        broker = new BrokerHealth(sender, new ReconnectBackoff(Duration.ofHours(1), Duration.ofHours(1)),
                Clock.systemUTC(), "test");
        manager = new DatasetManager(new ManagerSettings("id00/metadata/test", "id00/metaexp/test", "",
                new DataFolderPattern("{dataRoot}")), experiment, sender, broker, Clock.systemDefaultZone());
        experiment.serve("id00");
    }

    @AfterEach
    void tearDown() {
        broker.close();
    }

    private void readyExperiment() {
        experiment.writeProposal("hg123");
        experiment.writeSample("s1");
        experiment.writeDataRoot("/data/visitor/hg123/id00/s1/s1_0001");
    }

    @Test
    void followsTheStatesOfTheDomainNotes() {
        assertEquals(SessionState.OFF, manager.state());
        experiment.writeProposal("hg123");
        assertEquals(SessionState.STANDBY, manager.state());
        experiment.writeSample("s1");
        assertEquals(SessionState.STANDBY, manager.state());
        manager.writeDatasetName("0001");
        assertEquals(SessionState.ON, manager.state());
        manager.startDataset();
        assertEquals(SessionState.RUNNING, manager.state());
        manager.endDataset();
        assertEquals(SessionState.STANDBY, manager.state());
        assertEquals("", manager.datasetName());
    }

    @Test
    void endSendsOneValidMessageWithParametersAndIsSafeToRepeat() {
        readyExperiment();
        manager.writeDatasetName("0001");
        manager.startDataset();
        manager.startDataset();
        manager.setParameters("{\"InstrumentMonochromator_energy\": 12.4}");
        manager.addDataFile("/data/visitor/hg123/id00/s1/s1_0001/s1_0001.h5");
        manager.addDataFile("/data/visitor/hg123/id00/s1/s1_0001/s1_0001.h5");
        manager.endDataset();
        manager.endDataset();

        assertEquals(1, sender.sent.size());
        DatasetMessage message = new DatasetMessageXml().readDataset(sender.sent.get(0));
        assertEquals("hg123", message.proposal());
        assertEquals("id00", message.beamline());
        assertEquals("0001", message.name());
        assertEquals("/data/visitor/hg123/id00/s1/s1_0001", message.location());
        assertEquals("12.4", message.parameter("InstrumentMonochromator_energy").orElseThrow());
    }

    @Test
    void endWithoutStartIsRefused() {
        readyExperiment();
        manager.writeDatasetName("0001");
        RefusedException e = assertThrows(RefusedException.class, manager::endDataset);
        assertEquals(Refusal.NOT_ALLOWED, e.refusal());
        assertTrue(e.getMessage().contains("call startDataset first"), e.getMessage());
    }

    @Test
    void aMissingSampleKeepsTheDatasetUntilFixed() {
        experiment.writeProposal("hg123");
        manager.writeDatasetName("0001");
        manager.startDataset();
        RefusedException e = assertThrows(RefusedException.class, manager::endDataset);
        assertEquals(Refusal.MISSING_FIELD, e.refusal());
        assertTrue(e.details().get(0).startsWith("Sample_name is missing"), e.getMessage());
        assertEquals(SessionState.RUNNING, manager.state());
        assertTrue(manager.status().contains("Sample_name is missing"), manager.status());

        experiment.writeSample("s1");
        assertEquals("0001", manager.datasetName(), "a running dataset is not un-named by a sample change");
        manager.endDataset();
        assertEquals("s1", new DatasetMessageXml().readDataset(sender.sent.get(0)).sampleName());
    }

    @Test
    void brokerDownKeepsTheDatasetAndFaultsUntilBack() {
        readyExperiment();
        manager.writeDatasetName("0001");
        manager.startDataset();
        sender.down = true;
        RefusedException e = assertThrows(RefusedException.class, manager::endDataset);
        assertEquals(Refusal.BROKER_UNAVAILABLE, e.refusal());
        assertEquals(SessionState.FAULT, manager.state());
        assertTrue(manager.status().contains("Message broker unreachable"), manager.status());
        assertTrue(manager.status().contains("kept until it is sent"), manager.status());
        assertThrows(RefusedException.class, manager::startDataset);
        assertThrows(RefusedException.class, () -> experiment.writeProposal("hg999"));

        sender.down = false;
        manager.endDataset();
        assertEquals(1, sender.sent.size());
        assertEquals(SessionState.STANDBY, manager.state());
    }

    @Test
    void abortSendsNothingAndKeepsTheName() {
        readyExperiment();
        manager.abortDataset();
        manager.writeDatasetName("0001");
        manager.startDataset();
        manager.abortDataset();
        assertEquals(SessionState.ON, manager.state());
        assertTrue(sender.sent.isEmpty());
    }

    @Test
    void experimentChangesUnnameADatasetNotStarted() {
        readyExperiment();
        manager.writeDatasetName("0001");
        experiment.writeSample("s2");
        assertEquals("", manager.datasetName());
        manager.writeDatasetName("0002");
        experiment.writeProposal("hg124");
        assertEquals("", manager.datasetName());
        assertEquals(SessionState.STANDBY, manager.state());
    }

    @Test
    void runningDatasetCannotBeRenamedButRewritingItsNameIsFine() {
        readyExperiment();
        manager.writeDatasetName("0001");
        manager.startDataset();
        manager.writeDatasetName("0001");
        assertThrows(RefusedException.class, () -> manager.writeDatasetName("0002"));
    }

    @Test
    void parametersAndFilesNeedARunningDataset() {
        readyExperiment();
        assertThrows(RefusedException.class, () -> manager.setParameters("{}"));
        assertThrows(RefusedException.class, () -> manager.addDataFile("/x"));
    }

    @Test
    void withoutItsMetaExperimentTheManagerIsInFault() {
        experiment.stopServing();
        assertEquals(SessionState.FAULT, manager.state());
        assertTrue(manager.status().contains("is not running in this server"), manager.status());
        assertEquals(Refusal.CONFIGURATION,
                assertThrows(RefusedException.class, () -> manager.writeDatasetName("x")).refusal());
    }
}
