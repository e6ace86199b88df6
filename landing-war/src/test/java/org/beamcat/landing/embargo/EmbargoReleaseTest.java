package org.beamcat.landing.embargo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.config.DoiJobSettings;
import org.beamcat.landing.doi.SuffixPattern;
import org.junit.jupiter.api.Test;

class EmbargoReleaseTest {

    /** Investigations by id with their end and release dates; rules as a set. */
    static final class MemoryCatalogue extends EmbargoCatalogue {
        final Map<Long, String[]> investigations = new LinkedHashMap<>();
        final Set<String> rules = new HashSet<>();
        boolean updatesIgnored;

        void add(long id, String end, String release) {
            investigations.put(id, new String[] {end, release});
        }

        @Override
        public List<JsonObject> withoutReleaseDate() {
            List<JsonObject> rows = new ArrayList<>();
            investigations.forEach((id, dates) -> {
                if (dates[0] != null && dates[1] == null && rows.size() < BATCH) {
                    rows.add(Json.createObjectBuilder().add("id", id).add("endDate", dates[0]).build());
                }
            });
            return rows;
        }

        @Override
        public void setReleaseDates(Map<Long, String> dates) {
            if (!updatesIgnored) {
                dates.forEach((id, date) -> investigations.get(id)[1] = date);
            }
        }

        @Override
        public int ensurePublicRules() {
            int before = rules.size();
            rules.addAll(PublicReadRules.WHAT);
            return rules.size() - before;
        }
    }

    private final MemoryCatalogue catalogue = new MemoryCatalogue();
    private final EmbargoRelease release = new EmbargoRelease();
    private int pagesForgotten;

    EmbargoReleaseTest() {
        release.catalogue = catalogue;
        release.records = new org.beamcat.landing.records.LandingRecords() {
            @Override
            public void forgetAll() {
                pagesForgotten++;
            }
        };
        release.settings = new DoiJobSettings("simple", "root", "root", SuffixPattern.of(SuffixPattern.DEFAULT_SESSION),
                SuffixPattern.ofCollection(SuffixPattern.DEFAULT_COLLECTION), 60, 3, URI.create("http://x/doi"), Set.of());
    }

    @Test
    void endedInvestigationsGetEndPlusEmbargoAndTheRulesOnce() throws Exception {
        catalogue.add(1, "2026-03-15T08:00:00.000Z", null);
        catalogue.add(2, null, null);
        catalogue.add(3, "2010-01-01T00:00:00.000Z", "2011-06-01T00:00:00.000Z");
        EmbargoRelease.Report first = release.run();
        assertEquals(List.of(1L), first.releaseDatesSet());
        assertEquals(PublicReadRules.WHAT.size(), first.rulesCreated());
        assertEquals("2029-03-15T08:00:00.000Z", catalogue.investigations.get(1L)[1]);
        assertEquals(null, catalogue.investigations.get(2L)[1], "not ended: stays closed");
        assertEquals("2011-06-01T00:00:00.000Z", catalogue.investigations.get(3L)[1], "a date set by hand stays");
        assertEquals(1, pagesForgotten, "cached landing pages show the new embargo state at once");

        EmbargoRelease.Report again = release.run();
        assertEquals(new EmbargoRelease.Report(List.of(), 0), again);
        assertEquals(1, pagesForgotten, "a run that changed nothing keeps the cache");
    }

    @Test
    void manyInvestigationsAreDoneInBatches() throws Exception {
        for (long id = 1; id <= EmbargoCatalogue.BATCH * 2L + 1; id++) {
            catalogue.add(id, "2020-02-29T12:00:00.000+01:00", null);
        }
        assertEquals(EmbargoCatalogue.BATCH * 2 + 1, release.run().releaseDatesSet().size());
        assertEquals("2023-02-28T11:00:00.000Z", catalogue.investigations.get(7L)[1]);
    }

    @Test
    void updatesThatDoNotStayStopTheRunInsteadOfLooping() {
        for (long id = 1; id <= EmbargoCatalogue.BATCH; id++) {
            catalogue.add(id, "2020-01-01T00:00:00.000Z", null);
        }
        catalogue.updatesIgnored = true;
        assertThrows(IcatException.class, release::run);
    }

    @Test
    void theReleaseDateIsInIcatsFormat() {
        assertEquals("2028-12-31T23:30:00.000Z",
                EmbargoRelease.releaseDate(OffsetDateTime.parse("2026-01-01T00:30:00+01:00"), 3));
    }

    @Test
    void everyPublicRuleIsConditionedOnTheReleaseDate() {
        PublicReadRules.WHAT.forEach(what -> assertEquals(true,
                what.endsWith(" WHERE i.releaseDate < CURRENT_TIMESTAMP"), what));
    }
}
