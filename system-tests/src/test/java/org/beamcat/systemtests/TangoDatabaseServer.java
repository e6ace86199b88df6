package org.beamcat.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Tango device server of tango-device as a beamline runs it with a Tango database: its devices registered
 * by {@code tango-device/scripts/register-devices.py}, then {@code run-devices.sh <instance>} with
 * {@code TANGO_HOST} (no -nodb). The database is the one test.sh started ({@code -Dit.tango.host}, see
 * {@code tango-device/scripts/start-tango-db.sh}). Stopped (and waited for) by {@link #close()}.
 */
final class TangoDatabaseServer implements AutoCloseable {

    /** Debian's interpreter: python3-tango is installed for it, not for a python3 earlier on PATH. */
    static final String PYTHON = "/usr/bin/python3";

    private final Process process;
    private final Path log;

    private TangoDatabaseServer(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static String tangoHost() {
        String host = System.getProperty("it.tango.host");
        if (host == null || host.isBlank()) {
            throw new IllegalStateException("-Dit.tango.host is not set: test.sh starts a Tango database and sets it");
        }
        return host;
    }

    /** Runs the registration script for one session of {@code beamline}; returns what it printed. */
    static String register(String beamline, String session, String dataFolderPattern) throws Exception {
        int brokerPort = Integer.parseInt(System.getProperty("it.http.port", "28080")) - 80 + 76;
        return run(Map.of("BEAMCAT_JMS_PRODUCER_USER", IngestCredentials.brokerUser(),
                        "BEAMCAT_JMS_PRODUCER_PASSWORD", IngestCredentials.brokerPassword()),
                PYTHON, "../tango-device/scripts/register-devices.py", "--beamline", beamline, "--session", session,
                "--broker", "mq://localhost:" + brokerPort + "/jms", "--data-folder-pattern", dataFolderPattern);
    }

    /** Runs a command with TANGO_HOST set; fails with its output unless it exits 0 within a minute. */
    static String run(Map<String, String> environment, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("TANGO_HOST", tangoHost());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", List.of(command)) + " failed: " + output);
        }
        return output;
    }

    /** Starts server instance {@code instance} and returns once JTango says it has exported its devices. */
    static TangoDatabaseServer start(String instance, Path workDir) throws IOException, InterruptedException {
        Path log = workDir.resolve("tango-device-db.log");
        ProcessBuilder builder = new ProcessBuilder("../tango-device/run-devices.sh", instance)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("TANGO_HOST", tangoHost());
        TangoDatabaseServer server = new TangoDatabaseServer(builder.start(), log);
        server.awaitStarted("TANGO server BeamCatTango/" + instance + " started", Duration.ofSeconds(30));
        return server;
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    private void awaitStarted(String line, Duration patience) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("the device server exited: " + log());
            }
            if (log().contains(line)) {
                return;
            }
            Thread.sleep(200);
        }
        close();
        throw new IOException("the device server did not start within " + patience + ": " + log());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
