package org.beamcat.tango.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.beamcat.messages.DatasetMessage;
import org.beamcat.messages.DatasetMessageXml;
import org.beamcat.messages.Parameter;
import org.junit.jupiter.api.Test;

class DatasetMessageFactoryTest {

    private static final OffsetDateTime START = OffsetDateTime.parse("2024-03-01T10:15:30+01:00");
    private static final OffsetDateTime END = OffsetDateTime.parse("2024-03-01T10:20:02+01:00");

    private final DatasetMessageFactory factory = new DatasetMessageFactory(
            new DataFolderPattern("{dataRoot}/{proposal}/{beamlineID}/{sampleName}/{sampleName}_{datasetName}"),
            "id00/metaexp/test");

    private static DatasetDraft draft(String proposal, String beamline, String name, String sample, String root,
            List<Parameter> parameters) {
        return new DatasetDraft(proposal, beamline, name, sample, root, START, END, parameters);
    }

    @Test
    void buildsAMessageTheContractReaderAccepts() {
        DatasetMessage message = factory.build(draft("hg123", "id00", "0001", "s1", "/data/visitor",
                List.of(new Parameter("InstrumentMonochromator_energy", "12.4"))));
        String xml = new DatasetMessageXml().write(message);
        DatasetMessage read = new DatasetMessageXml().readDataset(xml);
        assertEquals("/data/visitor/hg123/id00/s1/s1_0001", read.location());
        assertEquals("s1", read.sampleName());
        assertEquals("12.4", read.parameter("InstrumentMonochromator_energy").orElseThrow());
        assertEquals("s1", read.parameter(Parameter.SAMPLE_NAME).orElseThrow());
        assertEquals(START, read.startDate());
        assertEquals(END, read.endDate());
        assertEquals(message, read);
    }

    @Test
    void aSampleNameParameterNamesTheSample() {
        DatasetMessage message = factory.build(draft("hg123", "id00", "0001", Experiment.SAMPLE_PLACEHOLDER,
                "/data/visitor", List.of(new Parameter(Parameter.SAMPLE_NAME, "from-bliss"))));
        assertEquals("from-bliss", message.sampleName());
        assertEquals("/data/visitor/hg123/id00/from-bliss/from-bliss_0001", message.location());
    }

    @Test
    void everyMissingMandatoryFieldIsNamedWithItsFix() {
        RefusedException e = assertThrows(RefusedException.class,
                () -> factory.build(draft("", " ", "", Experiment.SAMPLE_PLACEHOLDER, "", List.of())));
        assertEquals(Refusal.MISSING_FIELD, e.refusal());
        List<String> details = e.details();
        assertEquals(5, details.size(), e.getMessage());
        assertTrue(details.get(0).startsWith("proposal is missing"), details.get(0));
        assertTrue(details.get(1).startsWith("beamline is missing"), details.get(1));
        assertTrue(details.get(2).startsWith("datasetName is missing"), details.get(2));
        assertTrue(details.get(3).startsWith("Sample_name is missing: write 'sample' on id00/metaexp/test"),
                details.get(3));
        assertTrue(details.get(4).startsWith("location is missing") && details.get(4).contains("dataRoot"),
                details.get(4));
    }

    @Test
    void contractProblemsAreReportedAsAnInvalidDataset() {
        RefusedException e = assertThrows(RefusedException.class,
                () -> factory.build(draft("hg123", "id00", "0001", "s1", "relative/root", List.of())));
        assertEquals(Refusal.INVALID_DATASET, e.refusal());
        assertTrue(e.getMessage().contains("dataset/location"), e.getMessage());
    }
}
