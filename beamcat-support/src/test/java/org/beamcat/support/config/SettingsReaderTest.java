package org.beamcat.support.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsReaderTest {

    private static SettingsReader reader(Map<String, String> values) {
        return new SettingsReader(key -> Optional.ofNullable(values.get(key)));
    }

    private static void assertRejected(String key, String expectedFragment, Runnable read) {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, read::run);
        assertEquals(key, e.key());
        assertTrue(e.getMessage().startsWith("Invalid setting '" + key + "': "), e.getMessage());
        assertTrue(e.getMessage().contains(expectedFragment), e.getMessage());
    }

    @Test
    void missingRequiredValueNamesTheKey() {
        assertRejected("a.b", "no value is set", () -> reader(Map.of()).requiredString("a.b"));
        assertRejected("a.b", "no value is set", () -> reader(Map.of("a.b", "   ")).requiredString("a.b"));
    }

    @Test
    void intUsesDefaultAndChecksRange() {
        assertEquals(120, reader(Map.of()).intInRange("n", 120, 1, 200));
        assertEquals(7, reader(Map.of("n", " 7 ")).intInRange("n", 120, 1, 200));
        assertRejected("n", "'x7' is not a whole number", () -> reader(Map.of("n", "x7")).intInRange("n", 1, 1, 9));
        assertRejected("n", "outside the allowed range 1..9", () -> reader(Map.of("n", "0")).intInRange("n", 1, 1, 9));
    }

    @Test
    void boolAcceptsCommonSpellingsOnly() {
        assertTrue(reader(Map.of("f", "Yes")).bool("f", false));
        assertFalse(reader(Map.of("f", "off")).bool("f", true));
        assertTrue(reader(Map.of()).bool("f", true));
        assertRejected("f", "'maybe' is not true or false", () -> reader(Map.of("f", "maybe")).bool("f", false));
    }

    @Test
    void httpUrlIsAbsoluteAndLosesTrailingSlash() {
        assertEquals(URI.create("https://icat.example.org:8181"),
                reader(Map.of("u", "https://icat.example.org:8181/")).httpUrl("u"));
        assertRejected("u", "not an absolute http or https URL", () -> reader(Map.of("u", "ftp://x")).httpUrl("u"));
        assertRejected("u", "not an absolute http or https URL", () -> reader(Map.of("u", "localhost:8080")).httpUrl("u"));
        assertRejected("u", "is not a URL", () -> reader(Map.of("u", "http://a b")).httpUrl("u"));
        assertRejected("u", "must not have a query", () -> reader(Map.of("u", "http://h/?x=1")).httpUrl("u"));
    }

    @Test
    void directoryMustExistAndBeAbsolute(@TempDir Path tmp) throws Exception {
        assertEquals(tmp, reader(Map.of("d", tmp.toString())).existingDirectory("d", true));
        assertRejected("d", "not an absolute path", () -> reader(Map.of("d", "relative/dir")).existingDirectory("d", false));
        Path missing = tmp.resolve("missing");
        assertRejected("d", "not an existing directory",
                () -> reader(Map.of("d", missing.toString())).existingDirectory("d", false));
        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertRejected("d", "not an existing directory",
                () -> reader(Map.of("d", file.toString())).existingDirectory("d", false));
    }

    @Test
    void patternCheckedStringsUseDefault() {
        Pattern prefix = Pattern.compile("10\\.\\d{4,9}");
        assertEquals("10.5072", reader(Map.of()).stringMatching("p", "10.5072", prefix, "a DOI prefix"));
        assertRejected("p", "'11.1' is not a DOI prefix",
                () -> reader(Map.of("p", "11.1")).stringMatching("p", "10.5072", prefix, "a DOI prefix"));
    }
}
