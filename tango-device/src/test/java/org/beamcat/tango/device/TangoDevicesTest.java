package org.beamcat.tango.device;

import static org.beamcat.tango.device.TestServer.read;
import static org.beamcat.tango.device.TestServer.state;
import static org.beamcat.tango.device.TestServer.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.esrf.Tango.AttrWriteType;
import fr.esrf.Tango.DevFailed;
import fr.esrf.TangoApi.DeviceData;
import fr.esrf.TangoApi.DeviceProxy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.tango.DeviceState;

/**
 * The devices as a Tango client sees them (a DeviceProxy in the same JVM, no Tango database): attributes,
 * commands, states, Status texts and Tango errors for every refused sequence. No broker is involved: no
 * dataset here gets as far as being sent.
 */
class TangoDevicesTest {

    private static TestServer server;
    private DeviceProxy experiment;
    private DeviceProxy manager;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServer.get();
    }

    @BeforeEach
    void freshSession() throws DevFailed {
        experiment = server.proxy(TestServer.PROTOCOL_EXPERIMENT);
        manager = server.proxy(TestServer.PROTOCOL_MANAGER);
        manager.command_inout("abortDataset");
        write(experiment, "proposal", "");
    }

    private static DevFailed refused(Executable call) {
        return assertThrows(DevFailed.class, call);
    }

    private static String describe(DevFailed e) {
        StringBuilder text = new StringBuilder();
        for (var error : e.errors) {
            text.append(error.reason).append(": ").append(error.desc).append('\n');
        }
        return text.toString();
    }

    @Test
    void theInterfaceOfTheDomainNotesIsThere() throws DevFailed {
        assertEquals(AttrWriteType.WRITE, manager.get_attribute_info("lastDataFile").writable);
        assertEquals(AttrWriteType.READ_WRITE, manager.get_attribute_info("datasetName").writable);
        for (String attribute : new String[] {"proposal", "sample", "dataRoot"}) {
            assertEquals(AttrWriteType.READ_WRITE, experiment.get_attribute_info(attribute).writable);
        }
        for (String command : new String[] {"startDataset", "endDataset", "abortDataset", "SetParameters",
                "StartScan", "EndScan", "AbortScan"}) {
            assertEquals(command, manager.command_query(command).cmd_name);
        }
    }

    @Test
    void writesMoveBothDevicesThroughTheirStates() throws DevFailed {
        assertEquals(DeviceState.OFF, state(experiment));
        assertEquals(DeviceState.OFF, state(manager));
        assertTrue(manager.status().contains("write 'proposal'"), manager.status());

        write(experiment, "proposal", "hg123");
        assertEquals(DeviceState.STANDBY, state(experiment));
        assertEquals("please enter", read(experiment, "sample"));
        assertEquals("/data/visitor", read(experiment, "dataRoot"));
        assertEquals(DeviceState.STANDBY, state(manager));

        write(experiment, "sample", "s1");
        assertEquals(DeviceState.ON, state(experiment));
        write(manager, "datasetName", "0001");
        assertEquals(DeviceState.ON, state(manager));
        assertTrue(manager.status().contains("call startDataset"), manager.status());

        manager.command_inout("StartScan");
        assertEquals(DeviceState.RUNNING, state(manager));
        manager.command_inout("startDataset");
        write(manager, "lastDataFile", "/data/visitor/s1_0001/s1_0001.h5");
        assertTrue(manager.status().contains("1 file(s)"), manager.status());

        manager.command_inout("AbortScan");
        assertEquals(DeviceState.ON, state(manager));
        assertEquals("0001", read(manager, "datasetName"));
    }

    @Test
    void aNewProposalUnnamesTheDatasetButNotWhileOneRuns() throws DevFailed {
        write(experiment, "proposal", "hg123");
        write(experiment, "sample", "s1");
        write(manager, "datasetName", "0001");
        write(experiment, "proposal", "hg124");
        assertEquals("", read(manager, "datasetName"));
        assertEquals("please enter", read(experiment, "sample"));

        write(manager, "datasetName", "0002");
        manager.command_inout("startDataset");
        DevFailed e = refused(() -> write(experiment, "proposal", "hg125"));
        assertTrue(describe(e).contains("BeamCat_NotAllowed: " + TestServer.PROTOCOL_MANAGER + " holds '0002'"),
                describe(e));
        assertEquals("hg124", read(experiment, "proposal"));
    }

    @Test
    void endWithoutStartIsATangoError() throws DevFailed {
        write(experiment, "proposal", "hg123");
        write(manager, "datasetName", "0001");
        DevFailed e = refused(() -> manager.command_inout("endDataset"));
        assertEquals("BeamCat_NotAllowed", e.errors[0].reason);
        assertTrue(e.errors[0].desc.contains("call startDataset first"), describe(e));
        assertEquals(TestServer.PROTOCOL_MANAGER + "/endDataset", e.errors[0].origin);
    }

    @Test
    void aMissingSampleFailsEndDatasetAndKeepsTheDataset() throws DevFailed {
        write(experiment, "proposal", "hg123");
        write(manager, "datasetName", "0001");
        manager.command_inout("startDataset");
        DevFailed e = refused(() -> manager.command_inout("EndScan"));
        assertEquals("BeamCat_MissingField", e.errors[0].reason, describe(e));
        assertTrue(e.errors[0].desc.startsWith("Sample_name is missing"), describe(e));
        assertEquals(DeviceState.RUNNING, state(manager));
        assertEquals("0001", read(manager, "datasetName"));
        assertTrue(manager.status().contains("Sample_name is missing"), manager.status());
    }

    @Test
    void badJsonInSetParametersIsATangoError() throws DevFailed {
        write(experiment, "proposal", "hg123");
        write(manager, "datasetName", "0001");
        manager.command_inout("startDataset");
        DeviceData argument = new DeviceData();
        argument.insert("{\"Sample_name\": ");
        DevFailed e = refused(() -> manager.command_inout("SetParameters", argument));
        assertEquals("BeamCat_BadParameters", e.errors[0].reason, describe(e));
        assertTrue(e.errors[0].desc.contains("not valid JSON"), describe(e));
    }

    @Test
    void parametersAndFilesWithoutARunningDatasetAreRefused() throws DevFailed {
        write(experiment, "proposal", "hg123");
        DeviceData argument = new DeviceData();
        argument.insert("{\"Sample_name\": \"s1\"}");
        assertEquals("BeamCat_NotAllowed", refused(() -> manager.command_inout("SetParameters", argument)).errors[0].reason);
        assertEquals("BeamCat_NotAllowed", refused(() -> write(manager, "lastDataFile", "/x.h5")).errors[0].reason);
        assertEquals("BeamCat_NotAllowed", refused(() -> manager.command_inout("startDataset")).errors[0].reason);
    }

    @Test
    void aMisconfiguredManagerIsInFaultAndSaysWhy() throws DevFailed {
        DeviceProxy misconfigured = server.proxy(TestServer.MISCONFIGURED_MANAGER);
        assertEquals(DeviceState.FAULT, state(misconfigured));
        assertTrue(misconfigured.status().contains("{sample}"), misconfigured.status());
        assertEquals("BeamCat_Configuration",
                refused(() -> misconfigured.command_inout("startDataset")).errors[0].reason);
    }
}
