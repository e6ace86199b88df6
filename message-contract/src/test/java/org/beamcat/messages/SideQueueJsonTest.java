package org.beamcat.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SideQueueJsonTest {

    private final UpdateDatasetMetadataJson update = new UpdateDatasetMetadataJson();
    private final DataFilesJson dataFiles = new DataFilesJson();

    @Test
    void updateDatasetMetadataRoundTripsInPyicatPlusShape() {
        UpdateDatasetMetadataMessage message = new UpdateDatasetMetadataMessage("hg123", "id00",
                List.of("/data/visitor/hg123/id00/s/s_0001", "/data/visitor/hg123/id00/s/s_0002/"),
                "Sample_description", "annealed");
        String written = update.write(message);
        assertEquals("{\"proposal\":\"hg123\",\"beamline\":\"id00\",\"datasetPaths\":[\"/data/visitor/hg123/id00/s/s_0001\","
                + "\"/data/visitor/hg123/id00/s/s_0002\"],\"metadataName\":\"Sample_description\","
                + "\"metadataValue\":\"annealed\"}", written);
        assertEquals(message, update.read(written));
        assertEquals(new Parameter("Sample_description", "annealed"), message.parameter());
    }

    @Test
    void updateDatasetMetadataRefusesWrongTypes() {
        InvalidMessageException e = assertThrows(InvalidMessageException.class, () -> update.read(
                "{\"proposal\": 1, \"beamline\": \"id00\", \"datasetPaths\": \"/data/x\", \"metadataName\": \"a\","
                        + " \"metadataValue\": [\"b\"]}"));
        assertTrue(e.getMessage().contains("updateDatasetMetadata/proposal: must be a string, got a number"), e.getMessage());
        assertTrue(e.getMessage().contains("updateDatasetMetadata/datasetPaths: must be an array, got a string"), e.getMessage());
        assertTrue(e.getMessage().contains("updateDatasetMetadata/metadataValue: must be a string, got an array"), e.getMessage());
        e = assertThrows(InvalidMessageException.class, () -> update.read(
                "{\"proposal\": \"hg123\", \"beamline\": \"id00\", \"datasetPaths\": [\"/data/x\", 7],"
                        + " \"metadataName\": \"a\", \"metadataValue\": \"b\"}"));
        assertEquals("updateDatasetMetadata/datasetPaths[2]: must be a string, got a number", e.getMessage());
    }

    @Test
    void dataFilesRoundTrips() {
        assertEquals("{\"datasetId\":42}", dataFiles.write(new DataFilesMessage(42)));
        assertEquals(new DataFilesMessage(42), dataFiles.read("{\"datasetId\": 42}"));
        assertEquals(new DataFilesMessage(42), dataFiles.read("{\"datasetId\": 42.0}"), "an integral number");
    }

    @Test
    void dataFilesRefusesWhatIsNotAPositiveWholeNumber() {
        for (String bad : new String[] {"{}", "{\"datasetId\": null}", "{\"datasetId\": 1.5}", "{\"datasetId\": 0}",
                "{\"datasetId\": 1e999999999}", "{\"datasetId\": 99999999999999999999999}", "{\"datasetId\": true}",
                "{\"datasetId\": 1, \"extra\": 2}"}) {
            Throwable thrown = assertThrows(Throwable.class, () -> dataFiles.read(bad), bad);
            assertEquals(InvalidMessageException.class, thrown.getClass(), () -> bad + " gave " + thrown);
            assertTrue(thrown.getMessage().startsWith("dataFiles/"), thrown.getMessage());
        }
    }
}
