package org.beamcat.ingest.web;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.beamcat.messages.InvalidMessageException;
import org.junit.jupiter.api.Test;

class IngestRequestsTest {

    private final IngestRequests requests = new IngestRequests();

    private static final String JSON = "{\"investigation\":\"MA-4321\",\"instrument\":\"ID11\",\"name\":\"d1\","
            + "\"location\":\"/data/id11/d1\",\"sample\":{\"name\":\"s\"},"
            + "\"startDate\":\"2026-03-13T10:00:00+01:00\",\"endDate\":\"2026-03-13T10:05:00+01:00\"}";

    @Test
    void jsonBecomesTheCanonicalXml() {
        String xml = requests.datasetXml(JSON.getBytes(StandardCharsets.UTF_8), "application/json; charset=UTF-8");
        assertTrue(xml.contains("http://www.esrf.fr/icat"), xml);
        assertTrue(xml.contains(">MA-4321<") && xml.contains(">/data/id11/d1<"), xml);
        String again = requests.datasetXml(xml.getBytes(StandardCharsets.UTF_8), "application/xml");
        assertTrue(again.equals(xml), "XML in, the same canonical XML out");
    }

    @Test
    void investigationMessagesAndBrokenBodiesAreInvalid() {
        String investigation = "<tns:investigation xmlns:tns=\"http://www.esrf.fr/icat\"><tns:experiment>MA-4321"
                + "</tns:experiment><tns:instrument>ID11</tns:instrument>"
                + "<tns:startDate>2026-03-12T08:00:00Z</tns:startDate></tns:investigation>";
        assertTrue(assertThrows(InvalidMessageException.class, () -> requests.datasetXml(
                investigation.getBytes(StandardCharsets.UTF_8), "application/xml")).getMessage()
                .contains("expected a dataset message"));
        assertThrows(InvalidMessageException.class, () -> requests.datasetXml("<x".getBytes(), "text/xml"));
        assertThrows(InvalidMessageException.class, () -> requests.datasetXml("{}".getBytes(), "application/json"));
    }
}
