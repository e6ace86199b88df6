package org.beamcat.icat.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class IcatDatesTest {

    @Test
    void writesUtcWithMillisecondsAndZ() {
        assertEquals("2026-03-12T07:00:00.000Z", IcatDates.format(OffsetDateTime.parse("2026-03-12T08:00:00+01:00")));
        assertEquals("0999-01-02T03:04:05.678Z", IcatDates.format(Instant.parse("0999-01-02T03:04:05.678Z")));
    }

    @Test
    void yearOfEraAndProlepticYearAgreeAcrossTheNewYear() {
        // the copy spelled with yyyy; uuuu and yyyy differ only before year 1, checked to stay right at year ends
        assertEquals("2026-12-31T23:59:59.999Z", IcatDates.format(Instant.parse("2026-12-31T23:59:59.999Z")));
    }

    @Test
    void readsOffsetsWithAndWithoutColon() {
        Instant expected = Instant.parse("2026-03-12T07:00:00Z");
        assertEquals(expected, IcatDates.parse("2026-03-12T08:00:00.000+01:00").toInstant());
        assertEquals(expected, IcatDates.parse("2026-03-12T08:00:00.000+0100").toInstant());
        assertEquals(expected, IcatDates.parse("2026-03-12T07:00:00Z").toInstant());
    }

    @Test
    void aWrittenDateReadsBackToTheSameInstant() {
        Instant now = Instant.parse("2026-12-07T04:40:12.345Z");
        assertEquals(now, IcatDates.parse(IcatDates.format(now)).toInstant());
    }
}
