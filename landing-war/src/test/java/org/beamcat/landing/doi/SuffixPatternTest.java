package org.beamcat.landing.doi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SuffixPatternTest {

    @Test
    void defaultPatternNamesTheInvestigation() {
        assertEquals("BEAMCAT-ES-42", SuffixPattern.of(SuffixPattern.DEFAULT_SESSION).expand(42));
        assertEquals("10.5072/BEAMCAT-ES-42",
                SuffixPattern.of(SuffixPattern.DEFAULT_SESSION).doi("10.5072", 42).toString());
    }

    @Test
    void esrfPatternGivesEsrfNames() {
        assertEquals("10.15151/ESRF-ES-2210534378",
                SuffixPattern.of("ESRF-ES-{investigationId}").doi("10.15151", 2210534378L).toString());
        assertEquals("ES.7.V1", SuffixPattern.of("es.{investigationId}.v1").doi("10.15151", 7).suffix());
    }

    @Test
    void rejectsPatternsWithoutExactlyOnePlaceholder() {
        assertThrows(IllegalArgumentException.class, () -> SuffixPattern.of("ESRF-ES-"));
        assertThrows(IllegalArgumentException.class, () -> SuffixPattern.of("{investigationId}-{investigationId}"));
        assertThrows(IllegalArgumentException.class, () -> SuffixPattern.of(null));
    }

    @Test
    void rejectsCharactersDoiSuffixesCannotHave() {
        assertThrows(IllegalArgumentException.class, () -> SuffixPattern.of("ES {investigationId}"));
        assertThrows(IllegalArgumentException.class, () -> SuffixPattern.of("ES-{investigationId}?x"));
        assertThrows(IllegalArgumentException.class, () -> SuffixPattern.of("ES-{id}{investigationId}"));
    }

    @Test
    void rejectsNonPositiveIds() {
        assertThrows(IllegalArgumentException.class, () -> SuffixPattern.of(SuffixPattern.DEFAULT_SESSION).expand(0));
    }
}
