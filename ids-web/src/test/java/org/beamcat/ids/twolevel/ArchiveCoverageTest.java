package org.beamcat.ids.twolevel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.twolevel.ArchiveCoverage.Entry;
import org.beamcat.ids.twolevel.ArchiveCoverage.OnlineFile;
import org.junit.jupiter.api.Test;

class ArchiveCoverageTest {

    private static OnlineFile file(String name, long size, String checksum) {
        return new OnlineFile(new DfInfo(1L, name, "ds/" + name, null, null, 2L, size, checksum), "ids/" + name, size);
    }

    @Test
    void aZipWithEveryFileAtItsSizeCoversTheDataset() {
        List<OnlineFile> online = List.of(file("a", 10, null), file("b", 0, null));
        assertEquals(List.of(), ArchiveCoverage.missing(
                Map.of("ids/a", new Entry(10, 99), "ids/b", new Entry(0, 0)), online));
    }

    @Test
    void aFileAddedAfterTheZipWasWrittenIsMissing() {
        OnlineFile added = file("added", 5, null);
        assertEquals(List.of(added), ArchiveCoverage.missing(Map.of("ids/a", new Entry(10, 99)),
                List.of(file("a", 10, null), added)));
    }

    @Test
    void aFileOfAnotherSizeOnMainStorageIsMissing() {
        OnlineFile replaced = file("a", 11, null);
        assertEquals(List.of(replaced), ArchiveCoverage.missing(Map.of("ids/a", new Entry(10, 99)), List.of(replaced)));
    }

    @Test
    void theCataloguesChecksumMustMatchTheEntrysCrc() {
        OnlineFile same = file("a", 10, "63");
        OnlineFile other = file("b", 10, "64");
        assertEquals(List.of(other), ArchiveCoverage.missing(
                Map.of("ids/a", new Entry(10, 0x63), "ids/b", new Entry(10, 0x63)), List.of(same, other)));
    }

    @Test
    void twoFilesForOneEntryNameCannotBothBeHeld() {
        OnlineFile first = file("a", 10, null);
        OnlineFile second = new OnlineFile(new DfInfo(2L, "a", "ds/sub/a", null, null, 2L, 10L, null), "ids/a", 10);
        assertEquals(List.of(second), ArchiveCoverage.missing(Map.of("ids/a", new Entry(10, 1)), List.of(first, second)));
    }

    @Test
    void anAbsentZipHoldsNothing() {
        OnlineFile a = file("a", 10, null);
        assertEquals(List.of(a), ArchiveCoverage.missing(Map.of(), List.of(a)));
    }
}
