package org.beamcat.icat.server.config;

import org.beamcat.icat.server.query.QueryLimits;
import org.beamcat.support.config.SettingsReader;

/**
 * Bounds on searches, so that no query keeps the database busy without end or starves logins of connections.
 *
 * @param maxSearchSeconds      longest a search or get may take, waiting for a slot included; the database
 *                              statement is cancelled when it is over ({@code beamcat.icat.max-search-seconds})
 * @param maxConcurrentSearches searches that may use the database at once; more wait for a slot, within
 *                              maxSearchSeconds ({@code beamcat.icat.max-concurrent-searches}). Kept below the
 *                              connection pool's size and the processors' capacity, so that logins and writes
 *                              always find a connection and processor time.
 * @param queryLimits           size and depth of one query ({@code beamcat.icat.query.*})
 */
public record SearchSettings(int maxSearchSeconds, int maxConcurrentSearches, QueryLimits queryLimits) {

    public static final String MAX_SEARCH_SECONDS = "beamcat.icat.max-search-seconds";
    public static final String MAX_CONCURRENT_SEARCHES = "beamcat.icat.max-concurrent-searches";
    public static final String MAX_QUERY_LENGTH = "beamcat.icat.query.max-length";
    public static final String MAX_NESTING_DEPTH = "beamcat.icat.query.max-nesting-depth";
    public static final String MAX_VARIABLES = "beamcat.icat.query.max-variables";
    public static final String MAX_SUBQUERY_DEPTH = "beamcat.icat.query.max-subquery-depth";
    public static final String MAX_IN_LIST = "beamcat.icat.query.max-in-list";
    public static final String MAX_TERMS = "beamcat.icat.query.max-terms";

    /**
     * Two searches per processor: a burst of expensive queries then leaves the processors enough time for logins
     * (a PBKDF2 check is half a second of one core) when the database runs on the same machine, as in the demo
     * and the tests; 16 such queries on two cores made a login take 5 s.
     */
    public static final int DEFAULT_MAX_CONCURRENT_SEARCHES =
            Math.min(64, Math.max(2, 2 * Runtime.getRuntime().availableProcessors()));

    public static final SearchSettings DEFAULTS =
            new SearchSettings(30, DEFAULT_MAX_CONCURRENT_SEARCHES, QueryLimits.DEFAULTS);

    static SearchSettings read(SettingsReader reader) {
        QueryLimits defaults = QueryLimits.DEFAULTS;
        return new SearchSettings(
                reader.intInRange(MAX_SEARCH_SECONDS, DEFAULTS.maxSearchSeconds(), 1, 3_600),
                reader.intInRange(MAX_CONCURRENT_SEARCHES, DEFAULTS.maxConcurrentSearches(), 1, 1_000),
                new QueryLimits(
                        reader.intInRange(MAX_QUERY_LENGTH, defaults.maxLength(), 1_000, 1_000_000),
                        // Deeper nesting than 100 risks the parser's stack, whatever the setting.
                        reader.intInRange(MAX_NESTING_DEPTH, defaults.maxNestingDepth(), 5, 100),
                        reader.intInRange(MAX_VARIABLES, defaults.maxVariables(), 2, 200),
                        reader.intInRange(MAX_SUBQUERY_DEPTH, defaults.maxSubqueryDepth(), 0, 10),
                        reader.intInRange(MAX_IN_LIST, defaults.maxInListSize(), 1, 100_000),
                        // More than a few thousand overflows EclipseLink's stack, whatever the setting.
                        reader.intInRange(MAX_TERMS, defaults.maxTerms(), 10, 2_000)));
    }
}
