package org.beamcat.ingest.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import org.beamcat.ingest.config.ChecksumKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileChecksumTest {

    @Test
    void crc32OfTheStandardCheckInputIsCbf43926(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("check"), "123456789", StandardCharsets.US_ASCII);
        assertEquals("cbf43926", FileChecksum.crc32(file));
    }

    @Test
    void largeFilesAreReadInPiecesAndLeadingZerosAreDropped(@TempDir Path tmp) throws Exception {
        byte[] bytes = new byte[(3 << 20) + 17];
        new Random(42).nextBytes(bytes);
        Path file = Files.write(tmp.resolve("big"), bytes);
        CRC32 expected = new CRC32();
        expected.update(bytes);
        assertEquals(Long.toHexString(expected.getValue()), FileChecksum.crc32(file));
        assertEquals("0", FileChecksum.crc32(Files.write(tmp.resolve("empty"), new byte[0])), "ids.server form");
    }

    @Test
    void scanComputesChecksumsOnlyWhenConfigured(@TempDir Path root) throws Exception {
        Path folder = Files.createDirectories(root.resolve("p/s/s_0001"));
        Files.writeString(folder.resolve("a.dat"), "123456789");
        DatasetFolder dataset = DatasetFolder.resolve(root, folder.toString());
        List<ScannedFile> plain = dataset.scan(f -> false);
        assertNull(plain.get(0).checksum());
        List<ScannedFile> summed = dataset.scan(f -> false, ChecksumKind.CRC32);
        assertEquals("cbf43926", summed.get(0).checksum());
        assertEquals(summed.get(0), dataset.file(folder.resolve("a.dat"), ChecksumKind.CRC32), "one file, same record");
        assertEquals("cbf43926", DatafileRegistrar.datafile(summed.get(0), 7, java.util.Optional.empty()).getJsonObject("Datafile")
                .getString("checksum"));
        assertEquals(false, DatafileRegistrar.datafile(plain.get(0), 7, java.util.Optional.empty()).getJsonObject("Datafile").containsKey("checksum"));
    }
}
