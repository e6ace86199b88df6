package org.beamcat.portal.preview.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.beamcat.portal.browse.InvalidParameter;
import org.junit.jupiter.api.Test;

/** Hostile ids and frames are refused (400 at the edge); a path is never a parameter. */
class PreviewParametersTest {

    @Test
    void idsAndFrames() throws Exception {
        assertEquals(42, PreviewParameters.id(new String[] {"42"}, "dataset"));
        assertEquals(999_999_999_999_999_999L, PreviewParameters.id(new String[] {"999999999999999999"}, "dataset"));
        assertNull(PreviewParameters.frame(null));
        assertNull(PreviewParameters.frame(new String[] {""}));
        assertEquals(0, PreviewParameters.frame(new String[] {"0"}));
        assertEquals(999_999_999, PreviewParameters.frame(new String[] {"999999999"}));
    }

    @Test
    void hostileValuesAreRefused() {
        for (String id : new String[] {"", "0", "-1", "01", "1e3", "1.0", " 1", "1 ", "abc", "../../etc/passwd",
                "9999999999999999999", "1%00", "１"}) {
            assertThrows(InvalidParameter.class, () -> PreviewParameters.id(new String[] {id}, "dataset"), id);
        }
        assertThrows(InvalidParameter.class, () -> PreviewParameters.id(null, "dataset"));
        assertThrows(InvalidParameter.class, () -> PreviewParameters.id(new String[] {"1", "2"}, "dataset"));
        for (String frame : new String[] {"-1", "01", "1000000000", "2147483648", "x", "1.5", " "}) {
            assertThrows(InvalidParameter.class, () -> PreviewParameters.frame(new String[] {frame}), frame);
        }
        assertThrows(InvalidParameter.class, () -> PreviewParameters.frame(new String[] {"1", "1"}));
    }
}
