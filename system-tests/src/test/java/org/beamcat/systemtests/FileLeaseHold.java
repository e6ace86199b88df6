package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Holds another process at its {@code open} of a file, with a Linux write lease as {@link FileLeaseGate}
 * does: the open blocks in the kernel until the small python3 helper releases the lease, which it does
 * {@code hold} after it was signalled. {@link #once} holds the first open only; {@link #every} takes the
 * lease again as soon as it can (the file is closed again) and so holds every later open too, until
 * {@link #close}. The helper prints {@code held} after each hold. The kernel breaks an unreleased lease
 * itself after {@code /proc/sys/fs/lease-break-time} seconds (45 by default), so keep {@code hold} below.
 */
final class FileLeaseHold implements AutoCloseable {

    private static final String HELPER = """
            import fcntl, os, signal, sys, threading, time
            gate, hold, every = sys.argv[1], float(sys.argv[2]), sys.argv[3] == "every"
            opened = threading.Event()
            signal.signal(signal.SIGIO, lambda s, f: opened.set())
            def take():
                while True:
                    fd = os.open(gate, os.O_RDONLY)
                    try:
                        fcntl.fcntl(fd, fcntl.F_SETLEASE, fcntl.F_WRLCK)
                        return fd
                    except OSError:
                        os.close(fd)
                        time.sleep(0.002)
            fd = take()
            print("leased", flush=True)
            while True:
                while not opened.wait(0.05):
                    pass
                time.sleep(hold)
                opened.clear()
                fcntl.fcntl(fd, fcntl.F_SETLEASE, fcntl.F_UNLCK)
                os.close(fd)
                print("held", flush=True)
                if not every:
                    break
                fd = take()
            """;

    private final Process process;
    private final Path script;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private FileLeaseHold(Process process, Path script) {
        this.process = process;
        this.script = script;
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        Thread reader = new Thread(() -> {
            try {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("error: " + e);
            }
        }, "lease-hold-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Holds the next open of {@code gate} for {@code hold}; returns once the lease is taken. */
    static FileLeaseHold once(Path gate, Duration hold) throws Exception {
        return start(gate, hold, "once");
    }

    /** Holds every open of {@code gate} for {@code hold} until closed; returns once the lease is taken. */
    static FileLeaseHold every(Path gate, Duration hold) throws Exception {
        return start(gate, hold, "every");
    }

    private static FileLeaseHold start(Path gate, Duration hold, String mode) throws Exception {
        Path script = Files.createTempFile("lease-hold", ".py");
        Files.writeString(script, HELPER);
        Process process = new ProcessBuilder("python3", script.toString(), gate.toString(),
                String.valueOf(hold.toMillis() / 1000.0), mode).redirectErrorStream(true).start();
        FileLeaseHold lease = new FileLeaseHold(process, script);
        assertEquals("leased", lease.lines.poll(30, TimeUnit.SECONDS), "the helper holds the lease on " + gate);
        return lease;
    }

    /** Waits until an open was held and released. */
    void awaitHeld(Duration patience) throws Exception {
        assertEquals("held", lines.poll(patience.toMillis(), TimeUnit.MILLISECONDS), "an open of the gate was held");
    }

    /** The holds done so far that were not awaited. */
    int heldSoFar() {
        return (int) lines.stream().filter("held"::equals).count();
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        Files.deleteIfExists(script);
    }
}
