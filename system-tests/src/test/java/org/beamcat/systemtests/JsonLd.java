package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The schema.org JSON-LD block of a landing page, as a crawler extracts it from the HTML. */
final class JsonLd {

    private static final Pattern SCRIPT = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>",
            Pattern.DOTALL);

    private JsonLd() {
    }

    static JsonObject in(String html) {
        Matcher m = SCRIPT.matcher(html);
        assertTrue(m.find(), html);
        return Json.createReader(new StringReader(m.group(1))).readObject();
    }
}
