package org.beamcat.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The records validate themselves, so code that builds messages (the Tango device) gets the same rules. */
class MessageRecordsTest {

    @Test
    void aDatasetBuiltInCodeIsCheckedLikeOneThatWasRead() {
        InvalidMessageException e = assertThrows(InvalidMessageException.class, () -> new DatasetMessage(
                " ", null, "0001", "relative/path", null, Messages.START, Messages.START.minusSeconds(1), null));
        assertEquals("dataset/investigation: must not be blank; dataset/instrument: is required; "
                + "dataset/location: must be an absolute path (start with /), got 'relative/path'; "
                + "dataset/sample/name: is required (a sample/name element or a Sample_name parameter); "
                + "dataset/endDate: must not be before startDate", e.getMessage());
        assertEquals(5, e.problems().size());
    }

    @Test
    void theSampleCanComeFromTheParameterAndTheRecordThenHoldsBoth() {
        DatasetMessage message = new DatasetMessage("hg123", "id00", "0001", "/data/x", null, Messages.START,
                Messages.END, List.of(new Parameter("Sample_name", " cell3 ")));
        assertEquals("cell3", message.sampleName());
        DatasetMessage fromElement = new DatasetMessage("hg123", "id00", "0001", "/data/x", "cell3", Messages.START,
                Messages.END, List.of());
        assertEquals(List.of(new Parameter("Sample_name", "cell3")), fromElement.parameters());
    }

    @Test
    void parametersAreCopiedAndImmutable() {
        List<Parameter> given = new ArrayList<>(List.of(new Parameter("a", "1")));
        DatasetMessage message = new DatasetMessage("hg123", "id00", "0001", "/data/x", "s", Messages.START,
                Messages.END, given);
        given.add(new Parameter("b", "2"));
        assertEquals(2, message.parameters().size(), "a and the added Sample_name, not b");
        assertThrows(UnsupportedOperationException.class, () -> message.parameters().add(new Parameter("c", "3")));
    }

    @Test
    void processedDataNamesItsRawDatasetsAsAbsoluteFolders() {
        DatasetMessage processed = new DatasetMessage("hg123", "id00", "integrate", "/data/p", "s", Messages.START,
                Messages.END, List.of(new Parameter("input_datasets", " /data/raw/a/ /data//raw/b,/data/raw/c ")));
        assertEquals(List.of("/data/raw/a", "/data/raw/b", "/data/raw/c"), processed.inputDatasets());
        assertEquals(List.of(), Messages.dataset().inputDatasets());
        InvalidMessageException e = assertThrows(InvalidMessageException.class, () -> new DatasetMessage("hg123",
                "id00", "integrate", "/data/p", "s", Messages.START, Messages.END,
                List.of(new Parameter("x", "1"), new Parameter("input_datasets", "/data/raw/a raw/b"))));
        assertEquals("dataset/parameter[2]/value: must be an absolute path (start with /), got 'raw/b'", e.getMessage());
    }

    @Test
    void parameterRules() {
        assertEquals("", new Parameter("Sample_description", "").value(), "empty values are kept");
        assertEquals("parameter/name: must not contain spaces",
                assertThrows(InvalidMessageException.class, () -> new Parameter("a b", "1")).getMessage());
        assertEquals("parameter/value: must not contain control characters other than tab and line breaks",
                assertThrows(InvalidMessageException.class, () -> new Parameter("a", "x\u0001")).getMessage());
        assertEquals("parameter/name: must be at most 255 characters",
                assertThrows(InvalidMessageException.class, () -> new Parameter("a".repeat(256), "1")).getMessage());
    }

    @Test
    void investigationRules() {
        InvestigationMessage open = new InvestigationMessage(" hg123 ", "id00", null, Messages.START, null);
        assertEquals("hg123", open.proposal());
        assertTrue(open.endDateIfAny().isEmpty());
        InvalidMessageException e = assertThrows(InvalidMessageException.class,
                () -> new InvestigationMessage("hg123", "id00", "", null, Messages.END));
        assertEquals("investigation/investigationId: must not be blank; investigation/startDate: is required",
                e.getMessage());
    }

    @Test
    void sideQueueRules() {
        assertEquals("dataFiles/datasetId: must be a positive integer, got 0",
                assertThrows(InvalidMessageException.class, () -> new DataFilesMessage(0)).getMessage());
        assertEquals("updateDatasetMetadata/datasetPaths: is required",
                assertThrows(InvalidMessageException.class,
                        () -> new UpdateDatasetMetadataMessage("hg123", "id00", null, "a", "b")).getMessage());
    }

    @Test
    void manyProblemsStillMakeAReadableMessage() {
        List<Problem> problems = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            problems.add(new Problem("dataset/parameter[" + i + "]/name", "is required"));
        }
        InvalidMessageException e = new InvalidMessageException(problems);
        assertEquals(25, e.problems().size());
        assertTrue(e.getMessage().endsWith("dataset/parameter[20]/name: is required; and 5 more"), e.getMessage());
    }

    @Test
    void queueNamesAreTheEsrfOnes() {
        assertEquals("icatIngest", QueueNames.INGEST);
        assertEquals("icatUpdateDatasetMetadata", QueueNames.UPDATE_DATASET_METADATA);
        assertEquals("icatDataFiles", QueueNames.DATA_FILES);
    }
}
