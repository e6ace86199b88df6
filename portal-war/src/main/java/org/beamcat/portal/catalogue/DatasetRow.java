package org.beamcat.portal.catalogue;

import java.time.Instant;

/** A dataset in its investigation's list, with the number and total size of its files (aggregated by the catalogue). */
public record DatasetRow(long id, String name, String sample, String type, Instant startDate, Instant endDate,
        long fileCount, long totalSize) {
}
