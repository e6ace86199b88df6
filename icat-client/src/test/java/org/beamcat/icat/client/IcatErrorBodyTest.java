package org.beamcat.icat.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IcatErrorBodyTest {

    @Test
    void readsCodeMessageAndOffset() {
        IcatException e = IcatErrorBody.toException(412,
                "{\"code\":\"VALIDATION\",\"message\":\"Facility: name cannot be null.\",\"offset\":2}");
        assertEquals(IcatErrorType.VALIDATION, e.type());
        assertEquals("Facility: name cannot be null.", e.getMessage());
        assertEquals(2, e.offset());
    }

    @Test
    void offsetIsMinusOneWhenAbsent() {
        IcatException e = IcatErrorBody.toException(403, "{\"code\":\"SESSION\",\"message\":\"Session id:x has expired\"}");
        assertEquals(IcatErrorType.SESSION, e.type());
        assertEquals(-1, e.offset());
    }

    @Test
    void unknownCodeBecomesInternalAndKeepsTheCode() {
        IcatException e = IcatErrorBody.toException(500, "{\"code\":\"WEIRD\",\"message\":\"m\"}");
        assertEquals(IcatErrorType.INTERNAL, e.type());
        assertEquals("WEIRD: m", e.getMessage());
    }

    @Test
    void nonJsonBodiesAreReportedWithStatusAndExcerpt() {
        IcatException e = IcatErrorBody.toException(502, "<html>Bad gateway</html>");
        assertEquals(IcatErrorType.INTERNAL, e.type());
        assertTrue(e.getMessage().contains("HTTP 502"), e.getMessage());
        assertTrue(e.getMessage().contains("<html>Bad gateway</html>"), e.getMessage());
        assertEquals(IcatErrorType.INTERNAL, IcatErrorBody.toException(500, "").type());
        assertEquals(IcatErrorType.INTERNAL, IcatErrorBody.toException(500, "[1,2]").type());
    }

    @Test
    void statusesMatchTheContract() {
        assertEquals(400, IcatErrorType.BAD_PARAMETER.httpStatus());
        assertEquals(403, IcatErrorType.SESSION.httpStatus());
        assertEquals(404, IcatErrorType.NO_SUCH_OBJECT_FOUND.httpStatus());
        assertEquals(412, IcatErrorType.OBJECT_ALREADY_EXISTS.httpStatus());
        assertEquals(501, IcatErrorType.NOT_IMPLEMENTED.httpStatus());
    }
}
