package org.beamcat.ids.zip;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.storage.FileMainStorage;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Streams more than 1 GiB as a zip through a JVM whose heap is 64 MiB (this class runs in its own
 * surefire fork, see the ids-web pom): it can only pass if nothing is buffered whole. The files are
 * sparse, so the disk stays empty, but every byte is really read and zipped.
 */
class ZipConstantMemoryTest {

    private static final long MIB = 1024 * 1024;
    private static final int FILES = 9;
    private static final long FILE_SIZE = 120 * MIB;

    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void streamsOverAGibibyteInASmallHeap(boolean compress) throws Exception {
        long maxHeap = Runtime.getRuntime().maxMemory();
        assertTrue(maxHeap <= 80 * MIB, "this test must run in the small-heap fork, but the heap is " + maxHeap);

        FileMainStorage main = new FileMainStorage(root, null);
        String crcOfZeros = Long.toHexString(crcOfZeros(FILE_SIZE));
        List<ZipItem> items = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            String location = "1/2/f" + i;
            root.resolve("1/2").toFile().mkdirs();
            try (RandomAccessFile file = new RandomAccessFile(root.resolve(location).toFile(), "rw")) {
                file.setLength(FILE_SIZE);
            }
            // Half with a recorded checksum, half computed by a first reading.
            DfInfo df = new DfInfo((long) i, "f" + i, location, null, null, 2L, FILE_SIZE, i % 2 == 0 ? crcOfZeros : null);
            items.add(new ZipItem("ids/f/i/v/d/f" + i, new MainStorageSource(main, df)));
        }
        CountingOutputStream out = new CountingOutputStream();
        new ZipStreamWriter(compress).write(items, out);

        long data = FILES * FILE_SIZE;
        assertTrue(data >= 1024 * MIB);
        if (compress) {
            assertTrue(out.count > 0 && out.count < data, "deflated zeros shrink: " + out.count);
        } else {
            assertTrue(out.count > data, "stored entries carry all the data: " + out.count);
        }
    }

    private static long crcOfZeros(long size) {
        CRC32 crc = new CRC32();
        byte[] zeros = new byte[1024 * 1024];
        for (long done = 0; done < size; done += zeros.length) {
            crc.update(zeros, 0, (int) Math.min(zeros.length, size - done));
        }
        return crc.getValue();
    }

    private static final class CountingOutputStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
