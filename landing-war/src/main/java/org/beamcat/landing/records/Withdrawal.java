package org.beamcat.landing.records;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Why and when a DOI was withdrawn: the {@code doi.withdrawn} parameter on its investigation or data
 * collection (stringValue = reason, createTime = date). The DOI stays resolvable and its page becomes a tombstone.
 */
public record Withdrawal(String reason, LocalDate date) {

    public Withdrawal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(date, "date");
    }
}
