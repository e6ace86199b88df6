package org.beamcat.support.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void keepsSaneCallerIds() {
        assertEquals("abc-123_x.y", RequestIds.acceptOrCreate("abc-123_x.y"));
    }

    @Test
    void replacesIdsThatCouldForgeLogLines() {
        String replaced = RequestIds.acceptOrCreate("x\nSEVERE: forged");
        assertTrue(replaced.matches("[0-9a-f]{16}"), replaced);
        assertTrue(RequestIds.acceptOrCreate(null).matches("[0-9a-f]{16}"));
        assertTrue(RequestIds.acceptOrCreate("a".repeat(65)).matches("[0-9a-f]{16}"));
    }

    @Test
    void newIdsDiffer() {
        assertNotEquals(RequestIds.newId(), RequestIds.newId());
    }
}
