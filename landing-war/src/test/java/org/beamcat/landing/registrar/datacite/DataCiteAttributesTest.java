package org.beamcat.landing.registrar.datacite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.beamcat.landing.registrar.EsrfRecords;
import org.junit.jupiter.api.Test;

class DataCiteAttributesTest {

    private static JsonObject golden(String name) throws IOException {
        try (InputStream in = DataCiteAttributesTest.class.getResourceAsStream("/registrar/" + name);
                var reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }

    @Test
    void writesTheEsrfSessionRecordAsDataCiteAttributes() throws IOException {
        JsonObject written = DataCiteAttributes.of(EsrfRecords.experimentSession(2210534378L));
        JsonObject expected = golden("esrf-es-2210534378-attributes.json");
        // Compare member by member first, so a failure names the property that differs.
        expected.keySet().forEach(key -> assertEquals(expected.get(key), written.get(key), key));
        assertEquals(expected.keySet(), written.keySet());
    }

    @Test
    void aDraftDocumentHasNoEventAndAPublishDocumentHasOne() {
        JsonObject attributes = DataCiteAttributes.of(EsrfRecords.experimentSession(1));
        JsonObject draft = JsonApiDocuments.parse(JsonApiDocuments.doiDocument(attributes, Optional.empty()));
        assertEquals("dois", draft.getJsonObject("data").getString("type"));
        assertFalse(draft.getJsonObject("data").getJsonObject("attributes").containsKey("event"));

        JsonObject publish = JsonApiDocuments.parse(
                JsonApiDocuments.eventDocument(EsrfRecords.sessionDoi(1), JsonApiDocuments.PUBLISH));
        JsonObject publishAttributes = publish.getJsonObject("data").getJsonObject("attributes");
        assertEquals("publish", publishAttributes.getString("event"));
        assertEquals("10.15151/ESRF-ES-1", publishAttributes.getString("doi"));
        assertTrue(publishAttributes.size() == 2, publishAttributes::toString);
    }
}
