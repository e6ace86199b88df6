package org.beamcat.ingest.nexus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Hdf5SignatureTest {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path tmp;

    private Path file(int offset, byte[] tail) throws Exception {
        byte[] bytes = new byte[offset + tail.length];
        System.arraycopy(tail, 0, bytes, offset, tail.length);
        return Files.write(tmp.resolve("f" + offset + "_" + tail.length), bytes);
    }

    @Test
    void findsTheSignatureAtTheStartOrAfterAUserBlock() throws Exception {
        assertTrue(Hdf5Signature.matches(file(0, SIGNATURE)));
        assertTrue(Hdf5Signature.matches(file(512, SIGNATURE)));
        assertTrue(Hdf5Signature.matches(file(4096, SIGNATURE)));
    }

    @Test
    void refusesOtherContentShortFilesAndMissingFiles() throws Exception {
        assertFalse(Hdf5Signature.matches(file(100, SIGNATURE)), "only at 0, 512, 1024, 2048, ...");
        assertFalse(Hdf5Signature.matches(file(0, new byte[] {(byte) 0x89, 'H', 'D', 'F'})));
        assertFalse(Hdf5Signature.matches(file(0, "{ EDF header }".getBytes())));
        assertFalse(Hdf5Signature.matches(tmp.resolve("missing.h5")));
    }
}
