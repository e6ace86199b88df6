package org.beamcat.ids.testplugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.storage.FileArchiveStorage;
import org.beamcat.ids.storage.FileMainStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test-only archive plugin that injects failures. */
class FailureRateArchiveTest {

    @TempDir
    Path tmp;

    @Test
    void theFailureRateFileSwitchesInjectedFailuresOnAndOffWithoutARestart() throws Exception {
        Path archiveRoot = Files.createDirectory(tmp.resolve("archive"));
        Path mainRoot = Files.createDirectory(tmp.resolve("main"));
        Path rate = tmp.resolve("failure-rate");
        FailureRateArchive archive = new FailureRateArchive(new FileArchiveStorage(archiveRoot, Duration.ZERO, 0),
                ArchiveFaults.fromFile(rate, new SplittableRandom(1)));
        FileMainStorage main = new FileMainStorage(mainRoot, null);
        archive.put(new ByteArrayInputStream(new byte[] {1}), "1/2/a"); // no file yet: nothing fails
        DfInfo a = new DfInfo(1L, "a", "1/2/a", null, null, 2L, 1L, null);

        Files.writeString(rate, "1\n");
        IOException refused = assertThrows(IOException.class,
                () -> archive.put(new ByteArrayInputStream(new byte[] {2}), "1/2/b"));
        assertTrue(refused.getMessage().contains("Injected archive failure"), refused.getMessage());
        assertFalse(archive.exists("1/2/b"));
        assertEquals(Set.of(a), archive.restore(main, List.of(a)), "a failing restore reports its files");
        assertFalse(main.exists("1/2/a"));

        Files.writeString(rate, "0.5");
        int failures = 0;
        for (int i = 0; i < 200; i++) {
            try {
                archive.delete("1/9/none");
            } catch (IOException e) {
                failures++;
            }
        }
        assertTrue(failures > 50 && failures < 150, failures + " of 200 calls failed at rate 0.5");

        Files.writeString(rate, "often");
        assertThrows(IOException.class, () -> archive.delete("1/9/none"), "a bad rate fails every call");

        Files.writeString(rate, "0");
        assertEquals(Set.of(), archive.restore(main, List.of(a)));
        assertTrue(main.exists("1/2/a"));
    }
}
