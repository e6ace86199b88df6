package org.beamcat.tango.device;

import static org.beamcat.tango.device.TestServer.read;
import static org.beamcat.tango.device.TestServer.state;
import static org.beamcat.tango.device.TestServer.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.esrf.Tango.DevFailed;
import fr.esrf.TangoApi.DeviceData;
import fr.esrf.TangoApi.DeviceProxy;
import jakarta.jms.DeliveryMode;
import java.time.Duration;
import java.util.List;
import org.beamcat.messages.DatasetMessage;
import org.beamcat.messages.DatasetMessageXml;
import org.beamcat.messages.QueueNames;
import org.beamcat.tango.testsupport.QueueReader;
import org.beamcat.tango.testsupport.QueueReader.Received;
import org.beamcat.tango.testsupport.StandaloneBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tango.DeviceState;

/**
 * From Tango calls to a message on icatIngest of a real OpenMQ broker (imqbrokerd from the same
 * distribution as the client), read back by a plain JMS consumer in place of ingest-ejb.
 */
class ForwardingThroughBrokerTest {

    private static TestServer server;
    private static StandaloneBroker broker;
    private DeviceProxy experiment;
    private DeviceProxy manager;

    @BeforeAll
    static void startBrokerAndServer() throws Exception {
        server = TestServer.get();
        broker = server.broker();
        broker.start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (broker != null) {
            broker.stop();
        }
    }

    @BeforeEach
    void freshSession() throws Exception {
        broker.start();
        experiment = server.proxy(TestServer.FORWARD_EXPERIMENT);
        manager = server.proxy(TestServer.FORWARD_MANAGER);
        awaitState(DeviceState.FAULT, false);
        manager.command_inout("abortDataset");
        write(experiment, "proposal", "");
        QueueReader.drain(broker.address(), QueueNames.INGEST, 200);
    }

    private void setParameters(String json) throws DevFailed {
        DeviceData argument = new DeviceData();
        argument.insert(json);
        manager.command_inout("SetParameters", argument);
    }

    private void runDataset(String sample, String name) throws DevFailed {
        write(experiment, "proposal", "hg123");
        write(experiment, "sample", sample);
        write(experiment, "dataRoot", "/data/visitor/hg123/id00/" + sample);
        write(manager, "datasetName", name);
        manager.command_inout("startDataset");
        setParameters("{\"InstrumentMonochromator_energy\": 12.4, \"definition\": \"TOMO\"}");
        write(manager, "lastDataFile", "/data/visitor/hg123/id00/" + sample + "/" + sample + "_" + name + "/a.h5");
    }

    private void awaitState(DeviceState state, boolean reached) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while ((state(manager) == state) != reached) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("state still " + state(manager) + ": " + manager.status());
            }
            Thread.sleep(100);
        }
    }

    @Test
    void theFullSequenceDeliversOnePersistentDatasetMessage() throws Exception {
        runDataset("s1", "0001");
        manager.command_inout("endDataset");
        manager.command_inout("endDataset");

        assertEquals(DeviceState.STANDBY, state(manager));
        assertEquals("", read(manager, "datasetName"));
        List<Received> received = QueueReader.drain(broker.address(), QueueNames.INGEST, 1000);
        assertEquals(1, received.size(), "one message for one dataset, even when endDataset is repeated");
        assertEquals(DeliveryMode.PERSISTENT, received.get(0).deliveryMode());
        DatasetMessage message = new DatasetMessageXml().readDataset(received.get(0).body());
        assertEquals("hg123", message.proposal());
        assertEquals("id00", message.beamline());
        assertEquals("0001", message.name());
        assertEquals("/data/visitor/hg123/id00/s1/s1_0001", message.location());
        assertEquals("s1", message.sampleName());
        assertEquals("12.4", message.parameter("InstrumentMonochromator_energy").orElseThrow());
        assertEquals("TOMO", message.parameter("definition").orElseThrow());
        assertTrue(manager.status().contains("Last sent: '0001'"), manager.status());
    }

    @Test
    void abortSendsNothing() throws Exception {
        runDataset("s1", "0002");
        manager.command_inout("abortDataset");
        assertTrue(QueueReader.drain(broker.address(), QueueNames.INGEST, 500).isEmpty());
    }

    @Test
    void brokerDownFaultsKeepsTheDatasetAndRecoversWhenBack() throws Exception {
        runDataset("s2", "0003");
        broker.stop();

        DevFailed e = assertThrows(DevFailed.class, () -> manager.command_inout("endDataset"));
        assertEquals("BeamCat_BrokerUnavailable", e.errors[0].reason);
        assertTrue(e.errors[0].desc.contains("did not take dataset '0003'"), e.errors[0].desc);
        assertEquals(DeviceState.FAULT, state(manager));
        assertTrue(manager.status().contains("Message broker unreachable"), manager.status());
        assertTrue(manager.status().contains("Dataset '0003' ended and kept until it is sent"), manager.status());
        assertEquals("0003", read(manager, "datasetName"));
        assertThrows(DevFailed.class, () -> manager.command_inout("endDataset"));

        broker.start();
        awaitState(DeviceState.FAULT, false);
        assertEquals(DeviceState.RUNNING, state(manager));
        manager.command_inout("endDataset");

        List<Received> received = QueueReader.drain(broker.address(), QueueNames.INGEST, 1000);
        assertEquals(1, received.size(), "exactly one message after the retried endDataset");
        DatasetMessage message = new DatasetMessageXml().readDataset(received.get(0).body());
        assertEquals("0003", message.name());
        assertEquals("/data/visitor/hg123/id00/s2/s2_0003", message.location());
        assertEquals(DeliveryMode.PERSISTENT, received.get(0).deliveryMode());
    }
}
