package org.beamcat.demo.showcase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoSessionDoiTest {

    /** The DOI job in memory: mints for every ended session it knows that has no DOI, or fails them. */
    private static final class FakeDois implements SessionDois {
        final Map<Long, String> stored = new HashMap<>();
        final Map<Long, String> ended = new HashMap<>();
        final Map<Long, String> failing = new HashMap<>();
        int runs;
        int landingStatus = 200;

        @Override
        public Optional<String> doiOf(long investigationId) {
            return Optional.ofNullable(stored.get(investigationId));
        }

        @Override
        public MintRun mintEndedSessions() {
            runs++;
            List<String> minted = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            ended.forEach((id, doi) -> {
                if (failing.containsKey(id)) {
                    failed.add(id + ": " + failing.get(id));
                } else if (stored.putIfAbsent(id, doi) == null) {
                    minted.add(doi);
                }
            });
            return new MintRun(minted, failed);
        }

        @Override
        public LandingPage landingPage(String doi) {
            return new LandingPage("http://localhost/doi/" + doi, landingStatus);
        }
    }

    private final FakeDois dois = new FakeDois();
    private final DemoSessionDoi sessionDoi = new DemoSessionDoi(dois);

    @Test
    void theDoiJobMintsTheSessionsDoiOnceAndReRunsChangeNothing() throws Exception {
        dois.ended.put(3L, "10.5072/BEAMCAT-ES-3");
        dois.ended.put(4L, "10.5072/BEAMCAT-ES-4");
        ShowcaseOutcome first = sessionDoi.ensureDoi(3, "MA-4321");
        assertTrue(first.done() && first.changed(), first.message());
        assertTrue(first.message().contains("10.5072/BEAMCAT-ES-3") && first.message().contains("10.5072/BEAMCAT-ES-4"),
                "says the job minted the other ended session too: " + first.message());
        ShowcaseOutcome again = sessionDoi.ensureDoi(3, "MA-4321");
        assertTrue(again.done());
        assertFalse(again.changed());
        assertEquals(1, dois.runs, "no second run of the job");
    }

    @Test
    void aFailedMintIsReportedWithTheJobsReason() throws Exception {
        dois.ended.put(3L, "10.5072/BEAMCAT-ES-3");
        dois.failing.put(3L, "registrar unavailable");
        ShowcaseOutcome outcome = sessionDoi.ensureDoi(3, "MA-4321");
        assertFalse(outcome.done());
        assertTrue(outcome.message().contains("registrar unavailable"), outcome.message());
    }

    @Test
    void aSessionThatHasNotEndedGetsNoDoiAndSaysSo() throws Exception {
        ShowcaseOutcome outcome = sessionDoi.ensureDoi(3, "MA-4321");
        assertFalse(outcome.done());
        assertTrue(outcome.message().contains("has it ended?"), outcome.message());
    }

    @Test
    void describeReportsTheLandingPagesAnswerAndChangesNothing() throws Exception {
        assertFalse(sessionDoi.describe(3, "MA-4321").done());
        assertEquals(0, dois.runs);
        dois.stored.put(3L, "10.5072/BEAMCAT-ES-3");
        ShowcaseOutcome ok = sessionDoi.describe(3, "MA-4321");
        assertTrue(ok.done());
        assertTrue(ok.message().contains("http://localhost/doi/10.5072/BEAMCAT-ES-3 answers HTTP 200"), ok.message());
        dois.landingStatus = 500;
        assertFalse(sessionDoi.describe(3, "MA-4321").done());
    }
}
