package org.beamcat.icat.server.search;

/**
 * @param maxEntities   most entities one search or get may return, INCLUDEd objects counted (ICAT
 *                      {@code maxEntities}); more is a VALIDATION error, never a silent truncation
 * @param maxIdsInQuery most ids in one generated IN list when loading INCLUDEs (ICAT {@code maxIdsInQuery})
 */
public record SearchLimits(int maxEntities, int maxIdsInQuery) {

    public static final int DEFAULT_MAX_IDS_IN_QUERY = 500;

    public SearchLimits {
        if (maxEntities < 1 || maxIdsInQuery < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static SearchLimits of(int maxEntities) {
        return new SearchLimits(maxEntities, DEFAULT_MAX_IDS_IN_QUERY);
    }
}
