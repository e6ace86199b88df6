package org.beamcat.ingest.nexus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.beamcat.ingest.convert.H5Dump;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicHdfFileTest {

    @TempDir
    Path tmp;

    private List<Path> folder() throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.toList();
        }
    }

    @Test
    void writesThroughATemporaryFileThatIsRenamed() throws Exception {
        Path target = tmp.resolve("out.h5");
        AtomicHdfFile.<RuntimeException>write(target, file -> {
            assertEquals(1, folder().size(), "only the temporary file exists while writing");
            assertTrue(AtomicHdfFile.isTemporary(folder().get(0)));
            assertFalse(Files.exists(target));
            NexusGroups.group(file, "entry", "NXentry").putDataset("title", "t");
        });
        assertEquals(List.of(target), folder());
        assertEquals("t", H5Dump.stringDataset(target, "/entry/title"));
    }

    @Test
    void aFailureLeavesNeitherTargetNorTemporaryFile() throws Exception {
        Path target = tmp.resolve("out.h5");
        assertThrows(IllegalStateException.class, () -> AtomicHdfFile.<RuntimeException>write(target, file -> {
            file.putGroup("entry");
            throw new IllegalStateException("the source turned out to be malformed");
        }));
        assertEquals(List.of(), folder());
    }

    @Test
    void aFailureKeepsAnEarlierCompleteFile() throws Exception {
        Path target = tmp.resolve("out.h5");
        AtomicHdfFile.<RuntimeException>write(target, file -> file.putDataset("version", 1));
        assertThrows(IOException.class, () -> AtomicHdfFile.<IOException>write(target, file -> {
            file.putDataset("version", 2);
            throw new IOException("disk full");
        }));
        assertEquals(List.of(target), folder());
        assertEquals(1.0, H5Dump.numbers(target, "-d", "/version")[0]);
    }
}
