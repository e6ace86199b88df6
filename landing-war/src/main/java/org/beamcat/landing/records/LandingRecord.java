package org.beamcat.landing.records;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.beamcat.landing.doi.DoiMetadata;

/**
 * What a landing page shows about one DOI: its DataCite record plus what only this service knows,
 * namely which catalogue entity carries it, when its embargo ends and whether it was withdrawn.
 *
 * @param entityId   the investigation's id (experiment session) or the data collection's id
 * @param embargoEnd the first day the data are open; empty when the catalogue has no dates (stays closed)
 */
public record LandingRecord(DoiMetadata metadata, Kind kind, long entityId, Optional<LocalDate> embargoEnd,
        Optional<Withdrawal> withdrawal) {

    /** Which catalogue entity carries the DOI. */
    public enum Kind {
        SESSION, COLLECTION
    }

    public LandingRecord {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(embargoEnd, "embargoEnd");
        Objects.requireNonNull(withdrawal, "withdrawal");
    }

    public boolean withdrawn() {
        return withdrawal.isPresent();
    }

    /** Under embargo on {@code today}: its end is after today, or unknown. */
    public boolean underEmbargo(LocalDate today) {
        return embargoEnd.map(end -> end.isAfter(today)).orElse(true);
    }

    /** Whether the page offers downloads: embargo over and not withdrawn. */
    public boolean downloadable(LocalDate today) {
        return !withdrawn() && !underEmbargo(today);
    }
}
