package org.beamcat.icat.server.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.api.Test;

class IcatDateFormatTest {

    private static final Date T = new Date(1_709_288_100_123L); // 2024-03-01T10:15:00.123Z

    @Test
    void writesMillisecondsAndOffsetInTheServerZone() {
        assertEquals("2024-03-01T10:15:00.123Z", new IcatDateFormat(ZoneOffset.UTC).format(T));
        assertEquals("2024-03-01T11:15:00.123+01:00", new IcatDateFormat(ZoneId.of("Europe/Paris")).format(T));
        assertEquals("2024-03-01T10:15:00.000Z", new IcatDateFormat(ZoneOffset.UTC).format(new Date(1_709_288_100_000L)));
    }

    @Test
    void readsTheSamePatternWithAnyOffset() {
        IcatDateFormat format = new IcatDateFormat(ZoneOffset.UTC);
        assertEquals(T, format.parse("2024-03-01T10:15:00.123Z").orElseThrow());
        assertEquals(T, format.parse("2024-03-01T11:15:00.123+01:00").orElseThrow());
    }

    @Test
    void refusesAnythingElse() {
        IcatDateFormat format = new IcatDateFormat(ZoneOffset.UTC);
        assertTrue(format.parse("2024-03-01T10:15:00Z").isEmpty(), "milliseconds are required");
        assertTrue(format.parse("2024-03-01T10:15:00.123").isEmpty(), "an offset is required");
        assertTrue(format.parse("2024-02-30T10:15:00.123Z").isEmpty(), "no such day");
        assertTrue(format.parse("2024-03-01 10:15:00.123Z").isEmpty());
        assertTrue(format.parse("").isEmpty());
    }
}
