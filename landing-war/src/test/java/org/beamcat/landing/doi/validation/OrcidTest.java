package org.beamcat.landing.doi.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrcidTest {

    @Test
    void acceptsRealIdsBareAndAsUrls() {
        assertTrue(Orcid.isValid("0000-0002-1825-0097"));
        assertTrue(Orcid.isValid("0000-0002-9183-7206"));
        assertTrue(Orcid.isValid("https://orcid.org/0000-0003-0391-8290"));
    }

    @Test
    void acceptsXAsCheckCharacter() {
        assertEquals('X', Orcid.checkCharacter("000000021694233"));
        assertTrue(Orcid.isValid("0000-0002-1694-233X"));
    }

    @Test
    void rejectsAWrongCheckDigit() {
        assertFalse(Orcid.isValid("0000-0002-1825-0098"));
    }

    @Test
    void rejectsTransposedDigits() {
        assertFalse(Orcid.isValid("0000-0002-1852-0097"));
    }

    @Test
    void rejectsWrongShapes() {
        assertFalse(Orcid.isValid("0000000218250097"));
        assertFalse(Orcid.isValid("0000-0002-1825-009"));
        assertFalse(Orcid.isValid("0000-0002-1825-009x"));
        assertFalse(Orcid.isValid(null));
    }
}
