package org.beamcat.tango.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderPatternTest {

    private final Map<String, String> values = Map.of("dataRoot", "/data/visitor", "proposal", "hg123",
            "beamlineID", "id00", "sampleName", "s1", "datasetName", "0001", "scanName", "0001");

    @Test
    void defaultIsTheDataRootItself() {
        assertEquals("/data/visitor", new DataFolderPattern("").resolve(values));
    }

    @Test
    void fillsEveryPlaceholder() {
        DataFolderPattern pattern =
                new DataFolderPattern("{dataRoot}/{proposal}/{beamlineID}/{sampleName}/{sampleName}_{scanName}");
        assertTrue(pattern.missing(values).isEmpty());
        assertEquals("/data/visitor/hg123/id00/s1/s1_0001", pattern.resolve(values));
    }

    @Test
    void reportsPlaceholdersWithoutValue() {
        DataFolderPattern pattern = new DataFolderPattern("{dataRoot}/{sampleName}");
        assertEquals(List.of("dataRoot"), pattern.missing(Map.of("sampleName", "s1", "dataRoot", " ")));
    }

    @Test
    void refusesUnknownPlaceholdersAtOnce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DataFolderPattern("{dataRoot}/{sample}"));
        assertTrue(e.getMessage().contains("{sample}"), e.getMessage());
    }
}
