package org.beamcat.bench;

import java.util.Locale;

/**
 * Sizes of a run. ESRF: what its first four tomography beamlines produced in two years (the issue's
 * figures; the number of investigations is not given there, 1,000 is an assumption of about 17 datasets
 * per investigation). LARGE is ten times ESRF.
 *
 * @param ingestDatasets / ingestFilesPerDataset  datasets sent through the queue in the ingest scenario
 * @param browseRuns       timed repetitions of each browse query (after {@code browseRuns / 10} warm-ups)
 * @param landingSeconds   wrk duration per URL
 */
public record Scale(String name, int investigations, int users, int samples, int datasets, long datafiles,
        long datasetParameters, int ingestDatasets, int ingestFilesPerDataset, int browseRuns, int landingSeconds) {

    public static final Scale QUICK = new Scale("quick", 20, 12, 40, 60, 3_000, 1_680, 20, 100, 200, 10);
    public static final Scale ESRF = new Scale("esrf", 1_000, 272, 2_065, 16_980, 11_499_954L, 472_000L,
            100, 1_000, 500, 30);
    public static final Scale LARGE = new Scale("large", 10_000, 2_720, 20_650, 169_800, 114_999_540L,
            4_720_000L, 200, 2_000, 500, 30);

    public static Scale parse(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "quick" -> QUICK;
            case "esrf" -> ESRF;
            case "large" -> LARGE;
            default -> throw new IllegalArgumentException("scale must be quick, esrf or large, not '" + name + "'");
        };
    }

    /** How many of {@code total} items the {@code index}-th of {@code parts} parts gets (spread evenly). */
    public static long share(long total, long parts, long index) {
        return total / parts + (index < total % parts ? 1 : 0);
    }

    /** Index of the first item of part {@code index} when {@code total} items are spread evenly. */
    public static long firstOf(long total, long parts, long index) {
        return index * (total / parts) + Math.min(index, total % parts);
    }
}
