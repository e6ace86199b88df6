package org.beamcat.demo.showcase;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.beamcat.icat.client.IcatException;

/**
 * Gives one ended demo session its DOI through the DOI service's own job ({@code mint-sessions}), the way
 * an administrator would, instead of waiting for the job's first timer run. A session that has its DOI
 * already is left alone, so re-runs change nothing. The job mints for every ended session without a DOI.
 */
public final class DemoSessionDoi {

    private final SessionDois dois;

    public DemoSessionDoi(SessionDois dois) {
        this.dois = dois;
    }

    public ShowcaseOutcome ensureDoi(long investigationId, String name) throws IcatException, IOException {
        Optional<String> existing = dois.doiOf(investigationId);
        if (existing.isPresent()) {
            return ShowcaseOutcome.already(has(name, existing.get()));
        }
        SessionDois.MintRun run = dois.mintEndedSessions();
        Optional<String> minted = dois.doiOf(investigationId);
        if (minted.isPresent()) {
            List<String> others = run.minted().stream().filter(doi -> !doi.equalsIgnoreCase(minted.get())).toList();
            return ShowcaseOutcome.madeNow(has(name, minted.get()) + " (minted now by the DOI job"
                    + (others.isEmpty() ? "" : ", with " + String.join(", ", others)) + ")");
        }
        List<String> reasons = run.failed().stream().filter(message -> message.startsWith(investigationId + ":")).toList();
        return ShowcaseOutcome.notDone("the DOI job minted no DOI for session " + name
                + (reasons.isEmpty() ? " (has it ended?)" : ": " + String.join("; ", reasons)));
    }

    /** The state as it is, changing nothing (for {@code ./run.sh status}), with the landing page's answer. */
    public ShowcaseOutcome describe(long investigationId, String name) throws IcatException, IOException {
        Optional<String> doi = dois.doiOf(investigationId);
        if (doi.isEmpty()) {
            return ShowcaseOutcome.notDone("session " + name + " has no DOI yet");
        }
        SessionDois.LandingPage page = dois.landingPage(doi.get());
        String message = has(name, doi.get()) + ", landing page " + page.url() + " answers HTTP " + page.status();
        return page.status() == 200 ? ShowcaseOutcome.already(message) : ShowcaseOutcome.notDone(message);
    }

    private static String has(String name, String doi) {
        return "session " + name + " has DOI " + doi;
    }
}
