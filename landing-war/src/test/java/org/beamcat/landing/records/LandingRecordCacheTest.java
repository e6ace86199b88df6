package org.beamcat.landing.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.doi.Doi;
import org.beamcat.landing.registrar.EsrfRecords;
import org.beamcat.support.testing.ManualClock;
import org.junit.jupiter.api.Test;

/** The landing pages' cache: hits without lookups, bounded, expiring, forgetting at once. */
class LandingRecordCacheTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-05-01T10:00:00Z"));
    private final LandingRecordCache cache = new LandingRecordCache(Duration.ofSeconds(60), 3, clock);
    private int lookups;

    private static LandingRecord record(long id, Optional<LocalDate> embargoEnd) {
        return new LandingRecord(EsrfRecords.experimentSession(id), LandingRecord.Kind.SESSION, id, embargoEnd,
                Optional.empty());
    }

    private Optional<LandingRecord> view(LandingRecord record) throws IcatException {
        return cache.record(record.metadata().doi(), () -> {
            lookups++;
            return Optional.of(record);
        });
    }

    private DatasetPage page(LandingRecord record, int page) throws IcatException {
        return cache.datasets(record, page, () -> {
            lookups++;
            return new DatasetPage(List.of(), page, 50, 0, 0, 0);
        });
    }

    @Test
    void aSecondViewAsksTheCatalogueNothing() throws IcatException {
        LandingRecord r = record(1, Optional.empty());
        LandingRecord shown = view(r).orElseThrow();
        DatasetPage first = page(shown, 1);
        assertEquals(2, lookups);
        assertSame(shown, view(r).orElseThrow());
        assertSame(first, page(shown, 1));
        assertEquals(2, lookups);
        assertEquals(2, cache.hits());
        page(shown, 2);
        assertEquals(3, lookups, "another page is read once");
    }

    @Test
    void entriesExpireAfterTheTimeToLive() throws IcatException {
        LandingRecord r = record(1, Optional.empty());
        view(r);
        clock.advance(Duration.ofSeconds(59));
        view(r);
        assertEquals(1, lookups);
        clock.advance(Duration.ofSeconds(1));
        view(r);
        assertEquals(2, lookups);
    }

    @Test
    void anEntryNeverOutlivesTheStartOfTheDayTheEmbargoEnds() throws IcatException {
        clock.set(Instant.parse("2026-05-01T23:59:30Z"));
        LandingRecord r = record(1, Optional.of(LocalDate.parse("2026-05-02")));
        view(r);
        clock.set(Instant.parse("2026-05-01T23:59:59Z"));
        view(r);
        assertEquals(1, lookups);
        clock.set(Instant.parse("2026-05-02T00:00:00Z"));
        view(r);
        assertEquals(2, lookups, "the embargo opened: read again so the page offers the download");
    }

    @Test
    void forgettingTakesEffectAtOnceAlsoForALookupInFlight() throws IcatException {
        LandingRecord r = record(1, Optional.empty());
        Doi doi = r.metadata().doi();
        view(r);
        cache.forget(doi);
        view(r);
        assertEquals(2, lookups);

        cache.forget(doi);
        cache.record(doi, () -> {
            cache.forget(doi); // withdrawn while this lookup was reading the old state
            return Optional.of(r);
        });
        view(r);
        assertEquals(3, lookups, "the lookup that raced the withdrawal was not kept");

        cache.forgetAll();
        view(r);
        assertEquals(4, lookups);
    }

    @Test
    void boundedAndTheOftenViewedStay() throws IcatException {
        LandingRecord one = record(1, Optional.empty());
        view(one);
        view(one);
        view(one);
        view(record(2, Optional.empty()));
        view(record(3, Optional.empty()));
        view(record(4, Optional.empty()));
        view(record(5, Optional.empty()));
        assertEquals(3, cache.size(), "at most maxDois DOIs");
        int before = lookups;
        view(one);
        assertEquals(before, lookups, "1 was viewed often and stayed");
    }

    @Test
    void unknownDoisAndFailuresAreNotKept() throws IcatException {
        Doi doi = EsrfRecords.sessionDoi(9);
        assertEquals(Optional.empty(), cache.record(doi, () -> {
            lookups++;
            return Optional.empty();
        }));
        assertThrows(IcatException.class, () -> cache.record(doi, () -> {
            throw new IcatException("down", null);
        }));
        assertEquals(0, cache.size());
    }

    @Test
    void aZeroTimeToLiveSwitchesTheCacheOff() throws IcatException {
        LandingRecordCache off = new LandingRecordCache(Duration.ZERO, 3, clock);
        LandingRecord r = record(1, Optional.empty());
        off.record(r.metadata().doi(), () -> Optional.of(r));
        assertEquals(0, off.size());
        assertTrue(off.misses() == 1);
    }
}
