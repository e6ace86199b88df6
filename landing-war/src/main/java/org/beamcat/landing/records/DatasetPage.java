package org.beamcat.landing.records;

import java.util.List;

/**
 * One page of the datasets behind a DOI, with the totals of all of them.
 *
 * @param page         1-based
 * @param datasetCount datasets behind the DOI, all pages
 * @param fileCount    files in those datasets
 * @param totalSize    their bytes
 */
public record DatasetPage(List<DatasetRow> rows, int page, int pageSize, long datasetCount, long fileCount,
        long totalSize) {

    public static final int PAGE_SIZE = 50;

    public DatasetPage {
        rows = List.copyOf(rows);
    }

    /** At least 1, so that an empty collection still has its (empty) first page. */
    public int pageCount() {
        return (int) Math.max(1, (datasetCount + pageSize - 1) / pageSize);
    }

    /** The LIMIT offset of a page; callers check the page against {@link #pageCount()} afterwards. */
    public static int offset(int page) {
        return (page - 1) * PAGE_SIZE;
    }
}
