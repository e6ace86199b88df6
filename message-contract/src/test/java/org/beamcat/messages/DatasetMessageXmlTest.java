package org.beamcat.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetMessageXmlTest {

    private final DatasetMessageXml xml = new DatasetMessageXml();

    @Test
    void recordToXmlToRecordGivesTheSameRecordAndTheSameText() {
        DatasetMessage message = Messages.dataset();
        String written = xml.write(message);
        DatasetMessage read = xml.readDataset(written);
        assertEquals(message, read);
        assertEquals(written, xml.write(read), "canonical: writing is stable");
    }

    @Test
    void xmlToRecordToXmlKeepsEveryField() {
        DatasetMessage read = xml.readDataset(Messages.datasetXml("", ""));
        DatasetMessage again = xml.readDataset(xml.write(read));
        assertEquals(read, again);
        assertEquals("hg123", again.proposal());
        assertEquals("id00", again.beamline());
        assertEquals("0001", again.name());
        assertEquals("/data/visitor/hg123/id00/sample1/sample1_0001", again.location());
        assertEquals("sample1", again.sampleName());
        assertEquals(OffsetDateTime.parse("2024-03-01T10:15:30+01:00"), again.startDate());
        assertEquals(OffsetDateTime.parse("2024-03-01T10:20:00+01:00"), again.endDate());
        assertEquals(List.of(new Parameter("TOMO_energy", "19"), new Parameter("Sample_name", "sample1")),
                again.parameters());
        assertTrue(again.complete());
    }

    @Test
    void writesTheDocumentedOrderWithTheTnsPrefix() {
        String written = xml.write(Messages.dataset());
        assertTrue(written.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<tns:dataset xmlns:tns=\"http://www.esrf.fr/icat\" complete=\"true\">\n"
                + "  <tns:investigation>hg123</tns:investigation>\n"
                + "  <tns:instrument>id00</tns:instrument>\n"
                + "  <tns:name>0001</tns:name>\n"
                + "  <tns:location>/data/visitor/hg123/id00/sample1/sample1_0001</tns:location>\n"
                + "  <tns:sample>\n    <tns:name>sample1</tns:name>\n  </tns:sample>\n"
                + "  <tns:startDate>2024-03-01T10:15:30.123456+01:00</tns:startDate>\n"
                + "  <tns:endDate>2024-03-01T10:20:02+01:00</tns:endDate>\n"
                + "  <tns:parameter>\n    <tns:name>InstrumentMonochromator_energy</tns:name>\n"), written);
        assertTrue(written.contains("<tns:value>a &lt;b&gt; &amp; 'c' \"d\" é ü 中</tns:value>"), written);
    }

    @Test
    void theDomainNotesExampleParses() {
        // esrf-pipeline.md 1.4 describes the message (no literal example): root dataset with complete="true";
        // investigation, instrument, name, location, sample/name, startDate, endDate, then parameters.
        String notes = """
                <tns:dataset xmlns:tns="http://www.esrf.fr/icat" complete="true">
                  <tns:investigation>hg123</tns:investigation>
                  <tns:instrument>id00</tns:instrument>
                  <tns:name>datasetname</tns:name>
                  <tns:location>/data/visitor/hg123/id00/sample/sample_datasetname</tns:location>
                  <tns:sample><tns:name>sample</tns:name></tns:sample>
                  <tns:startDate>2021-05-04T10:00:00.000000+02:00</tns:startDate>
                  <tns:endDate>2021-05-04T10:05:00.000000+02:00</tns:endDate>
                  <tns:parameter><tns:name>Sample_name</tns:name><tns:value>sample</tns:value></tns:parameter>
                  <tns:parameter><tns:name>InstrumentPositioners_name</tns:name><tns:value>samx samy</tns:value></tns:parameter>
                  <tns:parameter><tns:name>machine</tns:name><tns:value>lid00.esrf.fr</tns:value></tns:parameter>
                </tns:dataset>""";
        DatasetMessage message = xml.readDataset(notes);
        assertEquals("sample", message.sampleName());
        assertEquals("samx samy", message.parameter("InstrumentPositioners_name").orElseThrow());
    }

    @Test
    void readsBytesInTheirDeclaredEncodingAndStreams() throws Exception {
        String latin1 = Messages.datasetXml("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>").replace(">19<", ">Sm\u00e9<");
        DatasetMessage fromBytes = xml.readDataset(latin1.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("Sm\u00e9", fromBytes.parameter("TOMO_energy").orElseThrow());
        IngestMessage fromStream = xml.read(new ByteArrayInputStream(latin1.getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(fromBytes, fromStream);
    }

    @Test
    void investigationRoundTrips() {
        InvestigationMessage message = new InvestigationMessage("hg123", "id00", "1234567",
                OffsetDateTime.parse("2024-03-01T08:00:00+01:00"), null);
        String written = xml.write(message);
        assertEquals(message, xml.readInvestigation(written));
        assertEquals(message, xml.read(written));
        assertTrue(written.contains("<tns:experiment>hg123</tns:experiment>"), written);
    }

    @Test
    void aConsumerOfIcatIngestGetsEitherKind() {
        IngestMessage message = xml.read(Messages.datasetXml("", ""));
        assertTrue(message instanceof DatasetMessage dataset && dataset.name().equals("0001"), message.toString());
    }

    @Test
    void askingForADatasetButGettingAnInvestigationIsAnInvalidMessage() {
        String investigation = xml.write(new InvestigationMessage("hg123", "id00", null, Messages.START, null));
        InvalidMessageException e = assertThrows(InvalidMessageException.class, () -> xml.readDataset(investigation));
        assertEquals("message: must be a dataset message, found investigation", e.getMessage());
    }

    @Test
    void pathsAreNormalisedLikeThePythonClientsDo() {
        DatasetMessage message = xml.readDataset(Messages.datasetXml(
                "/data/visitor/hg123/id00/sample1/sample1_0001", " /data//visitor/./hg123/id00/sample1/sample1_0001/ "));
        assertEquals("/data/visitor/hg123/id00/sample1/sample1_0001", message.location());
    }
}
