package org.beamcat.systemtests;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * The real Tango device server of tango-device, started as a beamline runs it ({@code run-devices.sh},
 * {@code -nodb}), forwarding to the test domain's OpenMQ broker. Stopped (and waited for) by {@link #close()}.
 */
final class TangoDeviceProcess implements AutoCloseable {

    static final String EXPERIMENT = "id11/metaexp/e2e";
    static final String MANAGER = "id11/metadata/e2e";

    private final Process process;
    private final int port;
    private final Path log;

    private TangoDeviceProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static TangoDeviceProcess start(Path workDir) throws IOException, InterruptedException {
        int brokerPort = Integer.parseInt(System.getProperty("it.http.port", "28080")) - 80 + 76;
        Path properties = Files.writeString(workDir.resolve("devices.txt"), String.join("\n",
                "# --- " + EXPERIMENT + " properties",
                EXPERIMENT + "->beamlineID: id11",
                "# --- " + MANAGER + " properties",
                MANAGER + "->beamlineID: id11",
                MANAGER + "->metaExperimentDevice: " + EXPERIMENT,
                MANAGER + "->dataFolderPattern: {dataRoot}",
                MANAGER + "->brokerAddress: mq://localhost:" + brokerPort + "/jms",
                MANAGER + "->queueName: icatIngest",
                MANAGER + "->brokerUser: " + IngestCredentials.brokerUser(),
                MANAGER + "->brokerPassword: " + IngestCredentials.brokerPassword(), ""));
        int port = freePort();
        Path log = workDir.resolve("tango-device.log");
        ProcessBuilder builder = new ProcessBuilder("../tango-device/run-devices.sh", "e2e", "-nodb", "-dlist",
                EXPERIMENT + "," + MANAGER, "-file=" + properties)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("OAPORT", Integer.toString(port));
        TangoDeviceProcess devices = new TangoDeviceProcess(builder.start(), port, log);
        devices.awaitListening(Duration.ofSeconds(30));
        return devices;
    }

    String address(String device) {
        return "tango://localhost:" + port + "/" + device + "#dbase=no";
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    private void awaitListening(Duration patience) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("the device server exited: " + log());
            }
            try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IOException("the device server did not listen on " + port + ": " + log());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
