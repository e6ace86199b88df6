package org.beamcat.ingest.registration;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;
import org.beamcat.ingest.config.ChecksumKind;

/** Checksums of datafiles, in the form the ICAT Data Service writes into Datafile.checksum. */
public final class FileChecksum {

    /** Largest read buffer; small files get one of their own size, so a folder of many small files is cheap. */
    private static final int BUFFER = 256 << 10;

    private FileChecksum() {
    }

    /** The checksum of the file, or null for {@link ChecksumKind#NONE}. */
    public static String of(Path file, ChecksumKind kind) throws IOException {
        return kind == ChecksumKind.CRC32 ? crc32(file) : null;
    }

    /** CRC-32 in lower-case hex without leading zeros ({@code Long.toHexString}), as ids.server stores it. */
    public static String crc32(Path file) throws IOException {
        CRC32 crc = new CRC32();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            // a heap buffer: a direct one per file costs far more than it saves when files are small
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.max(1, Math.min(channel.size(), BUFFER)));
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                crc.update(buffer);
                buffer.clear();
            }
        }
        return Long.toHexString(crc.getValue());
    }
}
