package org.beamcat.landing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.beamcat.landing.doi.Doi;
import org.junit.jupiter.api.Test;

class DoiPathsTest {

    @Test
    void prefixAndSuffixWithSlashesInTheSuffix() {
        assertEquals(Optional.of(new Doi("10.5072", "BEAMCAT-DC-7")), DoiPaths.parse("/10.5072/beamcat-dc-7"));
        assertEquals(Optional.of(new Doi("10.5072", "A/B")), DoiPaths.parse("/10.5072/A/B"));
    }

    @Test
    void otherPathsAreNotDois() {
        assertFalse(DoiPaths.looksLikeDoi("/admin/mint-sessions"));
        assertFalse(DoiPaths.looksLikeDoi(null));
        assertEquals(Optional.empty(), DoiPaths.parse(null));
        assertEquals(Optional.empty(), DoiPaths.parse("/download/10.5072/X"));
        assertTrue(DoiPaths.looksLikeDoi("/10.5072/bad suffix"), "shaped like a DOI");
        assertEquals(Optional.empty(), DoiPaths.parse("/10.5072/bad suffix"), "but malformed: not ours");
    }
}
