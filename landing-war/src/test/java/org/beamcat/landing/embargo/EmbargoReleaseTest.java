package org.beamcat.landing.embargo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.config.DoiJobSettings;
import org.beamcat.landing.doi.SuffixPattern;
import org.junit.jupiter.api.Test;

class EmbargoReleaseTest {

    private final InMemoryEmbargoCatalogue catalogue = new InMemoryEmbargoCatalogue();
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
    void onlyTheMissingPublicRulesAreCreatedInOneWrite() throws Exception {
        catalogue.rules.add(PublicReadRules.WHAT.get(0));
        catalogue.rules.add("SELECT x FROM Facility x");
        assertEquals(PublicReadRules.WHAT.size() - 1, release.run().rulesCreated());
        assertEquals(List.of(PublicReadRules.WHAT.subList(1, PublicReadRules.WHAT.size())), catalogue.ruleWrites);
        assertEquals(0, release.run().rulesCreated());
        assertEquals(1, catalogue.ruleWrites.size(), "nothing written when every rule is there");
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
