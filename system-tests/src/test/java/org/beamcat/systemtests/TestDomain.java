package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The Payara domain test.sh runs the system tests in, as its administrator sees it: its folder (server
 * log, pid file), given as {@code -Dit.domain.dir} and {@code -Dit.domain.name}, and the BeamCat scripts
 * that start it. Used by the tests that need to watch the server log or kill and restart the server.
 */
final class TestDomain {

    final Path folder;
    final String name;

    private TestDomain(Path folder, String name) {
        this.folder = folder;
        this.name = name;
    }

    static TestDomain fromSystemProperties() {
        String dir = System.getProperty("it.domain.dir");
        String name = System.getProperty("it.domain.name");
        if (dir == null || name == null) {
            throw new IllegalStateException("it.domain.dir and it.domain.name are not set (test.sh sets them)");
        }
        return new TestDomain(Path.of(dir), name);
    }

    /** Lines of the current server log that match. */
    List<String> logLines(Predicate<String> matching) throws IOException {
        try (Stream<String> lines = Files.lines(folder.resolve(name).resolve("logs/server.log"),
                StandardCharsets.UTF_8)) {
            return lines.filter(matching).toList();
        }
    }

    /** Waits until the server log has at least {@code count} lines that match; returns them. */
    List<String> awaitLogLines(Predicate<String> matching, int count, Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        List<String> found = logLines(matching);
        while (found.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            found = logLines(matching);
        }
        if (found.size() < count) {
            throw new AssertionError("the server log has " + found.size() + " matching lines, expected " + count);
        }
        return found;
    }

    /** The server JVM's process id, from the pid file Payara keeps while the domain runs. */
    long pid() throws IOException {
        return Long.parseLong(Files.readString(folder.resolve(name).resolve("config/pid")).trim());
    }

    /** Ends the server JVM at once, as a power cut or the kernel's OOM killer would (kill -9). */
    void killHard() throws Exception {
        long pid = pid();
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
        server.destroyForcibly();
        server.onExit().get(60, TimeUnit.SECONDS);
    }

    /** Starts the domain again with the administrator's script, as after a crash. */
    void start() throws Exception {
        Path home = Path.of(System.getenv().getOrDefault("BEAMCAT_HOME", ".."));
        Process process = new ProcessBuilder(home.resolve("glassfish-config/scripts/start-domain.sh").toString(),
                name, folder.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(5, TimeUnit.MINUTES);
        assertEquals(0, process.exitValue(), output);
    }
}
