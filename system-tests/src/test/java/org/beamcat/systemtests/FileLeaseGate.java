package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Makes something happen at an exact point of another process's work on a file, without timing: a Linux
 * write lease ({@code fcntl F_SETLEASE}, taken by a small python3 helper as Java has no call for it) on
 * {@code gate}. The next {@code open} of {@code gate} by anyone else blocks in the kernel and the helper
 * is signalled; it then deletes {@code victim} and releases the lease, and only then does that
 * {@code open} return. So the victim vanishes exactly while the other process is at the gate.
 * The kernel breaks an unreleased lease itself after {@code /proc/sys/fs/lease-break-time} seconds.
 */
final class FileLeaseGate implements AutoCloseable {

    private static final String HELPER = """
            import fcntl, os, signal, sys, threading
            gate, victim = sys.argv[1], sys.argv[2]
            opened = threading.Event()
            signal.signal(signal.SIGIO, lambda s, f: opened.set())
            fd = os.open(gate, os.O_RDONLY)
            fcntl.fcntl(fd, fcntl.F_SETLEASE, fcntl.F_WRLCK)
            print("leased", flush=True)
            while not opened.wait(0.05):
                pass
            os.remove(victim)
            fcntl.fcntl(fd, fcntl.F_SETLEASE, fcntl.F_UNLCK)
            os.close(fd)
            print("released", flush=True)
            """;

    private final Process process;
    private final BufferedReader output;
    private final Path script;

    private FileLeaseGate(Process process, Path script) {
        this.process = process;
        this.script = script;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Takes the lease on {@code gate}; returns once it is held. */
    static FileLeaseGate deleteWhenOpened(Path gate, Path victim) throws IOException {
        Path script = Files.createTempFile("lease-gate", ".py");
        Files.writeString(script, HELPER);
        Process process = new ProcessBuilder("python3", script.toString(), gate.toString(), victim.toString())
                .redirectErrorStream(true).start();
        FileLeaseGate lease = new FileLeaseGate(process, script);
        assertEquals("leased", lease.output.readLine(), "the helper holds the lease on " + gate);
        return lease;
    }

    /** Waits until the gate was opened, the victim deleted and the lease released. */
    void awaitReleased(Duration patience) throws Exception {
        assertTrue(process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS), "the gate was opened");
        assertEquals("released", output.readLine());
        assertEquals(0, process.exitValue());
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        Files.deleteIfExists(script);
    }
}
