package org.beamcat.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes the demo datasets' files under the data root, so the data service has real bytes to serve.
 * Contents are deterministic (seeded) so repeated runs produce identical files.
 */
final class DemoFiles {

    private final Path dataRoot;

    DemoFiles(Path dataRoot) {
        this.dataRoot = dataRoot;
    }

    Path dataRoot() {
        return dataRoot;
    }

    /** A SPEC-like text scan file; returns its size. */
    long writeScan(String location, int points) throws IOException {
        StringBuilder text = new StringBuilder("#F ").append(location).append('\n')
                .append("#S 1 ascan th 0 1 ").append(points).append(" 0.1\n#N 3\n#L th  I0  det\n");
        Random random = new Random(location.hashCode());
        for (int i = 0; i < points; i++) {
            text.append(String.format("%.4f %d %d%n", i / (double) points, 100_000 + random.nextInt(1000),
                    random.nextInt(50_000)));
        }
        return write(location, text.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** A raw binary detector frame; returns its size. */
    long writeFrame(String location, int bytes) throws IOException {
        byte[] data = new byte[bytes];
        new Random(location.hashCode()).nextBytes(data);
        return write(location, data);
    }

    private long write(String location, byte[] content) throws IOException {
        Path file = dataRoot.resolve(location).normalize();
        if (!file.startsWith(dataRoot)) {
            throw new IOException(location + " is outside the data root");
        }
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return content.length;
    }
}
