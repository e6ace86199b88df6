package org.beamcat.ingest.nexus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Recognises HDF5 files by content, as the HDF5 library does: the format signature at offset 0 or, after
 * a user block, at 512, 1024, 2048, ... bytes. File names say nothing reliable ({@code .h5}, {@code .nxs},
 * {@code .hdf}, none).
 */
public final class Hdf5Signature {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};
    private static final long LAST_USER_BLOCK = 1L << 20; // larger user blocks are not seen in beamline files

    private Hdf5Signature() {
    }

    /** True when the file is an HDF5 file; false also when it cannot be read. */
    public static boolean matches(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            for (long offset = 0; offset + SIGNATURE.length <= size && offset <= LAST_USER_BLOCK;
                    offset = offset == 0 ? 512 : offset * 2) {
                ByteBuffer head = ByteBuffer.allocate(SIGNATURE.length);
                while (head.hasRemaining() && channel.read(head, offset + head.position()) > 0) {
                    // read until the signature's length is there
                }
                if (Arrays.equals(head.array(), SIGNATURE)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
