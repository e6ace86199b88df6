package org.beamcat.landing.embargo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beamcat.icat.client.IcatDates;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.config.DoiJobSettings;
import org.beamcat.landing.records.LandingRecords;
import org.beamcat.landing.sessions.SessionMetadataBuilder;

/**
 * Opens data whose embargo is over: gives every ended investigation without one a release date
 * (its end + {@code beamcat.doi.embargo-years}, the date landing pages show as "under embargo until")
 * and keeps the {@link PublicReadRules} in the catalogue. A release date set by hand (to open early or
 * to extend) is never changed. Re-runnable: each step only does what is missing.
 */
@ApplicationScoped
public class EmbargoRelease {

    @Inject
    EmbargoCatalogue catalogue;

    @Inject
    DoiJobSettings settings;

    @Inject
    LandingRecords records;

    /** What a run did: investigations given a release date, public rules created. */
    public record Report(List<Long> releaseDatesSet, int rulesCreated) {
    }

    public Report run() throws IcatException {
        int rules = ensurePublicRules();
        List<Long> set = new ArrayList<>();
        List<JsonObject> batch = catalogue.withoutReleaseDate();
        while (!batch.isEmpty()) {
            Map<Long, String> dates = new LinkedHashMap<>();
            for (JsonObject investigation : batch) {
                OffsetDateTime end = SessionMetadataBuilder.endTime(investigation).orElseThrow();
                dates.put(investigation.getJsonNumber("id").longValue(), releaseDate(end, settings.embargoYears()));
            }
            catalogue.setReleaseDates(dates);
            set.addAll(dates.keySet());
            batch = batch.size() < EmbargoCatalogue.BATCH ? List.of() : catalogue.withoutReleaseDate();
            if (batch.stream().anyMatch(i -> set.contains(i.getJsonNumber("id").longValue()))) {
                throw new IcatException("release dates written for investigations " + dates.keySet()
                        + " did not stay: is the DOI service user allowed to update investigations?", null);
            }
        }
        if (!set.isEmpty() || rules > 0) {
            // Pages cached before show the old embargo state; the release dates just set change them.
            records.forgetAll();
        }
        return new Report(set, rules);
    }

    /** Creates the public rules that are missing; returns how many were created. */
    private int ensurePublicRules() throws IcatException {
        Set<String> present = catalogue.publicReadRules();
        List<String> missing = PublicReadRules.WHAT.stream().filter(what -> !present.contains(what)).toList();
        if (!missing.isEmpty()) {
            catalogue.createPublicReadRules(missing);
        }
        return missing.size();
    }

    /** The end plus the embargo, in ICAT's date format (UTC). */
    static String releaseDate(OffsetDateTime end, int embargoYears) {
        return IcatDates.format(end.plusYears(embargoYears));
    }
}
