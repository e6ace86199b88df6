package org.beamcat.tango.device;

import fr.esrf.Tango.DevFailed;
import fr.esrf.TangoApi.DeviceAttribute;
import fr.esrf.TangoApi.DeviceProxy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.beamcat.tango.testsupport.FreePorts;
import org.beamcat.tango.testsupport.StandaloneBroker;
import org.tango.DeviceState;

/**
 * The one BeamCat Tango server of the test JVM (JTango's ServerManager is a singleton), started with
 * {@code -nodb -dlist} and a {@code -file=} property file, exactly as run-devices.sh does. Each test class
 * uses its own session (pair of devices); all managers point at {@link #broker()}, which is not started
 * here: the forwarding tests start and stop it.
 */
final class TestServer {

    static final String PROTOCOL_EXPERIMENT = "test/metaexp/protocol";
    static final String PROTOCOL_MANAGER = "test/metadata/protocol";
    static final String FORWARD_EXPERIMENT = "test/metaexp/forward";
    static final String FORWARD_MANAGER = "test/metadata/forward";
    static final String MISCONFIGURED_MANAGER = "test/metadata/misconfigured";

    private static TestServer instance;

    private final int port;
    private final StandaloneBroker broker;

    private TestServer(int port, StandaloneBroker broker) {
        this.port = port;
        this.broker = broker;
    }

    static synchronized TestServer get() throws IOException, DevFailed {
        if (instance == null) {
            StandaloneBroker broker = new StandaloneBroker();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    broker.close();
                } catch (Exception e) {
                    // the JVM is ending; nothing more to do
                }
            }));
            int port = FreePorts.next();
            Path properties = Files.createTempFile("beamcat-devices", ".txt");
            properties.toFile().deleteOnExit();
            Files.writeString(properties, properties(broker.address()));
            System.setProperty("OAPort", String.valueOf(port));
            DeviceServer.start("test", "-nodb", "-dlist", String.join(",", PROTOCOL_EXPERIMENT, PROTOCOL_MANAGER,
                    FORWARD_EXPERIMENT, FORWARD_MANAGER, MISCONFIGURED_MANAGER), "-file=" + properties);
            instance = new TestServer(port, broker);
        }
        return instance;
    }

    private static String properties(String brokerAddress) {
        StringBuilder text = new StringBuilder();
        text.append("# --- ").append(PROTOCOL_EXPERIMENT).append(" properties\n")
                .append(PROTOCOL_EXPERIMENT).append("->beamlineID: id00\n\n")
                .append("# --- ").append(FORWARD_EXPERIMENT).append(" properties\n")
                .append(FORWARD_EXPERIMENT).append("->beamlineID: id00\n\n");
        for (String manager : new String[] {PROTOCOL_MANAGER, FORWARD_MANAGER}) {
            text.append("# --- ").append(manager).append(" properties\n")
                    .append(manager).append("->brokerAddress: ").append(brokerAddress).append('\n')
                    // the test broker's own default login
                    .append(manager).append("->brokerUser: guest\n")
                    .append(manager).append("->brokerPassword: guest\n")
                    .append(manager).append("->dataFolderPattern: {dataRoot}/{sampleName}_{datasetName}\n")
                    .append(manager).append("->brokerRetryInitialMillis: 200\n")
                    .append(manager).append("->brokerRetryMaxMillis: 1000\n\n");
        }
        text.append("# --- ").append(MISCONFIGURED_MANAGER).append(" properties\n")
                .append(MISCONFIGURED_MANAGER).append("->dataFolderPattern: {dataRoot}/{sample}\n");
        return text.toString();
    }

    StandaloneBroker broker() {
        return broker;
    }

    DeviceProxy proxy(String device) throws DevFailed {
        return new DeviceProxy("tango://localhost:" + port + "/" + device + "#dbase=no");
    }

    static void write(DeviceProxy proxy, String attribute, String value) throws DevFailed {
        proxy.write_attribute(new DeviceAttribute(attribute, value));
    }

    static String read(DeviceProxy proxy, String attribute) throws DevFailed {
        return proxy.read_attribute(attribute).extractString();
    }

    static DeviceState state(DeviceProxy proxy) throws DevFailed {
        return DeviceState.getDeviceState(proxy.state());
    }
}
