package org.beamcat.icat.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UrlEncodingTest {

    @Test
    void queriesAreEncodedCompletely() {
        assertEquals("?query=SELECT%20ds%20FROM%20Dataset%20ds%20WHERE%20ds.name%20%3D%20%27a%26b%27&sessionId=s",
                UrlEncoding.queryString(Map.of("sessionId", "s", "query", "SELECT ds FROM Dataset ds WHERE ds.name = 'a&b'")));
        assertEquals("", UrlEncoding.queryString(Map.of()));
    }

    @Test
    void formBodiesKeepJsonIntact() {
        assertEquals("json=%7B%22plugin%22%3A%22simple%22%7D", UrlEncoding.form(Map.of("json", "{\"plugin\":\"simple\"}")));
    }

    @Test
    void userPathsKeepTheirSlash() {
        assertEquals("simple/alice%20smith", UrlEncoding.pathSegments("simple/alice smith"));
    }
}
