package org.beamcat.ids.zip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DefaultZipMapperTest {

    private final DefaultZipMapper mapper = new DefaultZipMapper();
    private final DsInfo dataset = new DsInfo(10L, "ds 1", null, 1L, "inv", "N/A", 5L, "Fac");

    private String entry(DsInfo ds, String name) {
        return mapper.fullEntryName(ds, new DfInfo(1L, name, "1/10/1", null, null, 10L, 1L, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "plain.h5|plain.h5",
            "a/b/c.txt|a/b/c.txt",
            "../../etc/passwd|%2E%2E/%2E%2E/etc/passwd",
            "/etc/passwd|etc/passwd",
            "C:\\temp\\x|C:/temp/x",
            "\\\\server\\share|server/share",
            "./a//b/./c|a/b/c",
            "..|%2E%2E",
            "/|_",
            "a\tb\u0001c|a_b_c"})
    void datafileNamesBecomeRelativePathsThatStayInside(String name, String expected) {
        String full = entry(dataset, name);
        assertEquals("ids/Fac/inv/N%2FA/ds+1/" + expected, full);
        assertEquals(expected, mapper.fileName(full), "the reverse mapping gives the cleaned name back");
        staysInside(full);
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", ".", "../..", "a/../.."})
    void datasetAndInvestigationNamesCannotClimbEither(String name) {
        DsInfo odd = new DsInfo(10L, name, null, 1L, name, name, 5L, name);
        String full = entry(odd, "f");
        staysInside(full);
        assertEquals("f", mapper.fileName(full));
    }

    private static void staysInside(String entryName) {
        assertFalse(entryName.startsWith("/"), entryName);
        for (String segment : entryName.split("/")) {
            assertFalse(segment.equals("..") || segment.equals("."), entryName);
            assertFalse(segment.chars().anyMatch(Character::isISOControl), entryName);
            assertFalse(segment.contains("\\"), entryName);
        }
        Path unpacked = Path.of("/unpack").resolve(entryName).normalize();
        assertTrue(unpacked.startsWith("/unpack/ids"), entryName);
    }
}
