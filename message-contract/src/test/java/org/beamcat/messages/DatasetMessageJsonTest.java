package org.beamcat.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class DatasetMessageJsonTest {

    private final DatasetMessageJson json = new DatasetMessageJson(new MessageLimits(64 * 1024));
    private final DatasetMessageXml xml = new DatasetMessageXml();

    private static final String VALID = """
            {"investigation": "hg123", "instrument": "id00", "name": "0001",
             "location": "/data/visitor/hg123/id00/sample1/sample1_0001", "sample": {"name": "sample1"},
             "startDate": "2024-03-01T10:15:30+01:00", "endDate": "2024-03-01T10:20:00+01:00",
             "parameter": [{"name": "TOMO_energy", "value": "19"}]}""";

    private void assertRejected(String expected, Executable read) {
        Throwable thrown = assertThrows(Throwable.class, read);
        assertEquals(InvalidMessageException.class, thrown.getClass(), () -> "got " + thrown);
        assertTrue(thrown.getMessage().contains(expected), () -> "expected '" + expected + "' in: " + thrown.getMessage());
    }

    private void assertRejected(String expected, String message) {
        assertRejected(expected, () -> json.read(message));
        assertRejected(expected, () -> json.read(message.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void recordToJsonToRecordGivesTheSameRecordAndTheSameText() {
        DatasetMessage message = Messages.dataset();
        String written = json.write(message);
        assertEquals(message, json.read(written));
        assertEquals(written, json.write(json.read(written)));
    }

    @Test
    void jsonToRecordToJsonKeepsEveryField() {
        DatasetMessage read = json.read(VALID);
        String written = json.write(read);
        assertEquals(Json.createReader(new StringReader("""
                {"investigation":"hg123","instrument":"id00","name":"0001",
                 "location":"/data/visitor/hg123/id00/sample1/sample1_0001","sample":{"name":"sample1"},
                 "startDate":"2024-03-01T10:15:30+01:00","endDate":"2024-03-01T10:20:00+01:00","complete":true,
                 "parameter":[{"name":"TOMO_energy","value":"19"},{"name":"Sample_name","value":"sample1"}]}""")).readObject(),
                Json.createReader(new StringReader(written)).readObject());
    }

    @Test
    void theJsonAndTheXmlFormOfAMessageAreTheSameRecord() {
        assertEquals(xml.readDataset(Messages.datasetXml("", "")), json.read(VALID));
        DatasetMessage message = Messages.dataset();
        assertEquals(message, json.read(json.write(xml.readDataset(xml.write(message)))));
    }

    @Test
    void hostileOrBrokenJsonIsAnInvalidMessage() {
        assertRejected("message: is not valid JSON", "");
        assertRejected("message: is not valid JSON", "{\"investigation\": ");
        assertRejected("message: is not valid JSON", "<tns:dataset/>");
        assertRejected("message: is not valid JSON", "{\"name\": \"a\", \"name\": \"b\"}");
        assertRejected("message: must be a JSON object", "[1, 2]");
        assertRejected("message: is larger than 65536 bytes", "{\"name\": \"" + "x".repeat(70_000) + "\"}");
        assertRejected("message: is not valid JSON", () -> json.read(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"'}));
        assertRejected("message: is larger than 65536 bytes",
                () -> json.read(new java.io.ByteArrayInputStream(new byte[70_000])));
    }

    @Test
    void deeplyNestedJsonIsAnInvalidMessage() {
        String deep = "{\"parameter\": " + "[".repeat(20_000) + "]".repeat(20_000) + "}";
        Throwable thrown = assertThrows(Throwable.class, () -> json.read(deep));
        assertEquals(InvalidMessageException.class, thrown.getClass(), () -> "got " + thrown);
    }

    @Test
    void missingFieldsAreAllReported() {
        InvalidMessageException e = assertThrows(InvalidMessageException.class, () -> json.read("{}"));
        assertEquals(7, e.problems().size(), e.getMessage());
    }

    @Test
    void badValuesAreRefusedWithTheSamePathsAsInXml() {
        assertRejected("dataset/location: must be an absolute path",
                VALID.replace("/data/visitor/hg123/id00/sample1/sample1_0001", "sample1_0001"));
        assertRejected("dataset/location: must not contain '..'",
                VALID.replace("/data/visitor/hg123/id00/sample1/sample1_0001", "/data/../sample1_0001"));
        assertRejected("dataset/startDate: must be an ISO-8601 date-time with offset",
                VALID.replace("2024-03-01T10:15:30+01:00", "2024-03-01T10:15:30"));
        assertRejected("dataset/parameter[1]/name: must not contain spaces", VALID.replace("TOMO_energy", "TOMO energy"));
        assertRejected("dataset/sample/name: must not be blank", VALID.replace("{\"name\": \"sample1\"}", "{\"name\": \" \"}"));
        assertRejected("dataset/sample/name: is required when a sample object is given",
                VALID.replace("{\"name\": \"sample1\"}", "{}"));
        assertRejected("dataset/sample/frozen: is not a field of this message",
                VALID.replace("{\"name\": \"sample1\"}", "{\"name\": \"sample1\", \"frozen\": true}"));
        assertRejected("dataset/parameter: must be an array, got an object",
                VALID.replace("[{\"name\": \"TOMO_energy\", \"value\": \"19\"}]", "{\"TOMO_energy\": \"19\"}"));
    }
}
