package org.beamcat.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Messages arrive from the network. Whatever they contain, the reader answers with an
 * InvalidMessageException (exactly that type, nothing else escapes) and does nothing on their behalf.
 */
class HostileXmlTest {

    private final DatasetMessageXml xml = new DatasetMessageXml(new MessageLimits(64 * 1024));

    private void assertRejected(String expected, Executable read) {
        Throwable thrown = assertThrows(Throwable.class, read);
        assertEquals(InvalidMessageException.class, thrown.getClass(), () -> "got " + thrown);
        assertTrue(thrown.getMessage().contains(expected), () -> "expected '" + expected + "' in: " + thrown.getMessage());
    }

    private void assertRejected(String expected, String message) {
        assertRejected(expected, () -> xml.read(message));
        assertRejected(expected, () -> xml.read(message.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void externalEntityIsNotResolved() {
        assertRejected("message: must not contain a DOCTYPE", """
                <?xml version="1.0"?>
                <!DOCTYPE tns:dataset [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
                <tns:dataset xmlns:tns="http://www.esrf.fr/icat"><tns:investigation>&xxe;</tns:investigation></tns:dataset>""");
    }

    @Test
    void parameterEntityAndRemoteDtdAreNotFetched() {
        assertRejected("message: must not contain a DOCTYPE", """
                <?xml version="1.0"?>
                <!DOCTYPE x [ <!ENTITY % remote SYSTEM "http://127.0.0.1:1/evil.dtd"> %remote; ]>
                <tns:dataset xmlns:tns="http://www.esrf.fr/icat"/>""");
        assertRejected("message: must not contain a DOCTYPE", """
                <?xml version="1.0"?>
                <!DOCTYPE tns:dataset SYSTEM "http://127.0.0.1:1/contract.dtd">
                <tns:dataset xmlns:tns="http://www.esrf.fr/icat"/>""");
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() {
        StringBuilder entities = new StringBuilder("<!ENTITY l0 \"ha\">");
        for (int i = 1; i <= 10; i++) {
            entities.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        assertRejected("message: must not contain a DOCTYPE", "<?xml version=\"1.0\"?><!DOCTYPE d [" + entities
                + "]><tns:dataset xmlns:tns=\"http://www.esrf.fr/icat\"><tns:name>&l10;</tns:name></tns:dataset>");
    }

    @Test
    void xincludeIsNotProcessed() {
        assertRejected("dataset/include: is not an element of the contract", Messages.datasetXml(
                "<tns:name>0001</tns:name>", "<tns:name>0001</tns:name>"
                        + "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\"/>"));
    }

    @Test
    void hugeDocumentIsRefusedUnread() {
        String parameter = "<tns:parameter><tns:name>p</tns:name><tns:value>" + "x".repeat(1000) + "</tns:value></tns:parameter>";
        String huge = Messages.datasetXml("</tns:dataset>", parameter.repeat(100) + "</tns:dataset>");
        assertRejected("message: is larger than 65536 bytes", huge);
        assertRejected("message: is larger than 65536 bytes",
                () -> xml.read(new java.io.ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "<a>".repeat(5000) + "</a>".repeat(5000);
        assertRejected("message: is not well-formed XML", Messages.datasetXml("<tns:name>0001</tns:name>",
                "<tns:name>0001</tns:name>" + deep));
    }

    @Test
    void brokenOrForeignDocumentsAreInvalidMessages() {
        assertRejected("message: is not well-formed XML", "");
        assertRejected("message: is not well-formed XML", "not xml at all");
        assertRejected("message: is not well-formed XML", "<tns:dataset xmlns:tns=\"http://www.esrf.fr/icat\">");
        assertRejected("message: is not well-formed XML", "{\"investigation\": \"hg123\"}");
        assertRejected("message: is not well-formed XML: Invalid byte", () -> xml.read(new byte[] {(byte) 0xC3, (byte) 0x28, 0x3C}));
        assertRejected("found 'dataset' without namespace", "<dataset><investigation>hg123</investigation></dataset>");
        assertRejected("found 'dataset' in urn:other", "<dataset xmlns=\"urn:other\"/>");
        assertRejected("found 'datafile' in http://www.esrf.fr/icat", "<tns:datafile xmlns:tns=\"http://www.esrf.fr/icat\"/>");
    }

    @Test
    void childrenInAnotherNamespaceAreNotTheContractsFields() {
        assertRejected("dataset/investigation: is required", Messages.datasetXml(
                "<tns:investigation>hg123</tns:investigation>", "<investigation>hg123</investigation>"));
    }

    @Test
    void missingFieldsAreAllReported() {
        InvalidMessageException e = assertThrows(InvalidMessageException.class,
                () -> xml.read("<tns:dataset xmlns:tns=\"http://www.esrf.fr/icat\"/>"));
        assertEquals(7, e.problems().size(), e.getMessage());
        for (String field : new String[] {"investigation", "instrument", "name", "location", "sample/name",
                "startDate", "endDate"}) {
            assertTrue(e.getMessage().contains("dataset/" + field + ": is required"), e.getMessage());
        }
    }

    @Test
    void badDatesAreRefused() {
        assertRejected("dataset/startDate: must be an ISO-8601 date-time with offset", Messages.datasetXml(
                "2024-03-01T10:15:30+01:00", "2024-03-01T10:15:30"));
        assertRejected("dataset/startDate: must be an ISO-8601 date-time with offset", Messages.datasetXml(
                "2024-03-01T10:15:30+01:00", "2024-03-01T10:15+01:00"));
        assertRejected("dataset/endDate: must be an ISO-8601 date-time with offset", Messages.datasetXml(
                "2024-03-01T10:20:00+01:00", "2024-02-30T10:20:00+01:00"));
        assertRejected("dataset/endDate: must be an ISO-8601 date-time with offset", Messages.datasetXml(
                "2024-03-01T10:20:00+01:00", "yesterday"));
    }

    @Test
    void relativeOrEscapingLocationsAreRefused() {
        String location = "/data/visitor/hg123/id00/sample1/sample1_0001";
        assertRejected("dataset/location: must be an absolute path", Messages.datasetXml(location, "data/visitor/x"));
        assertRejected("dataset/location: must not contain '..'", Messages.datasetXml(location, "/data/visitor/.."));
        assertRejected("dataset/location: must not contain '..'", Messages.datasetXml(location, "/data/../../etc/x"));
        assertRejected("dataset/location: must name a folder below /", Messages.datasetXml(location, "/./"));
        assertRejected("dataset/location: must not be blank", Messages.datasetXml(location, "  "));
    }

    @Test
    void controlCharactersInNamesAreRefused() {
        assertRejected("dataset/name: must be one line", Messages.datasetXml("<tns:name>0001</tns:name>",
                "<tns:name>00&#10;01</tns:name>"));
    }
}
