package org.beamcat.tango.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real OpenMQ broker ({@code imqbrokerd} from the mq-distribution zip the build unpacks, see
 * {@code openmq.home}) on a free port with its own var home, so it can be stopped and started again with
 * its persistent store intact. Stopping ends the script and the broker JVM it started, by process id.
 */
public final class StandaloneBroker implements AutoCloseable {

    /** The broker's "ready" log message. */
    private static final String READY = "B1039";

    private final int port;
    private final String name;
    private final Path varHome;
    private Process process;

    public StandaloneBroker() throws IOException {
        this.port = FreePorts.next();
        this.name = "beamcat" + port;
        this.varHome = Files.createTempDirectory("openmq-var");
    }

    public int port() {
        return port;
    }

    public String address() {
        return "mq://localhost:" + port + "/jms";
    }

    public synchronized void start() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            return;
        }
        Path home = Path.of(System.getProperty("openmq.home", "target/openmq/mq"));
        Path log = varHome.resolve("instances").resolve(name).resolve("log").resolve("log.txt");
        long readyBefore = countReady(log);
        ProcessBuilder builder = new ProcessBuilder("sh", home.resolve("bin/imqbrokerd").toString(), "-bgnd",
                "-silent", "-port", String.valueOf(port), "-varhome", varHome.toString(), "-name", name,
                "-vmargs", "-Xms32m -Xmx128m");
        builder.environment().put("IMQ_JAVAHOME", System.getProperty("java.home"));
        builder.redirectErrorStream(true).redirectOutput(varHome.resolve("imqbrokerd.out").toFile());
        process = builder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (countReady(log) <= readyBefore) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                String output = Files.readString(varHome.resolve("imqbrokerd.out"), StandardCharsets.UTF_8);
                stop();
                throw new IllegalStateException("OpenMQ broker did not start on port " + port + ":\n" + output);
            }
            Thread.sleep(100);
        }
    }

    /** Ends the broker (the script traps TERM and stops its JVM); kills whatever is left after 20 s. */
    public synchronized void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        var children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                child.destroyForcibly();
            }
        }
        process = null;
    }

    @Override
    public void close() throws Exception {
        stop();
        try (Stream<Path> files = Files.walk(varHome)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static long countReady(Path log) throws IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains(READY)).count();
        }
    }
}
