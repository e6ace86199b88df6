package org.beamcat.icat.server.search;

import jakarta.persistence.Query;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;

/**
 * The time one search or get may take ({@code beamcat.icat.max-search-seconds}), from the moment it was received.
 * Each database statement gets what is left as its JDBC query timeout, so the driver cancels the statement in the
 * database (PostgreSQL and H2 both stop the work, SQLSTATE 57014) instead of leaving it running after the client
 * has gone.
 */
public final class SearchDeadline {

    /** The standard JPA hint; EclipseLink passes it to {@code Statement.setQueryTimeout} in whole seconds. */
    static final String TIMEOUT_HINT = "jakarta.persistence.query.timeout";

    private static final SearchDeadline NONE = new SearchDeadline(0, Long.MAX_VALUE);

    private final int maxSeconds;
    private final long endNanos;

    private SearchDeadline(int maxSeconds, long endNanos) {
        this.maxSeconds = maxSeconds;
        this.endNanos = endNanos;
    }

    public static SearchDeadline startingNow(int maxSeconds) {
        if (maxSeconds < 1) {
            throw new IllegalArgumentException("maxSeconds must be positive");
        }
        return new SearchDeadline(maxSeconds, System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds));
    }

    /** No limit: for callers inside the server (tests, tools) that bound their own work. */
    public static SearchDeadline none() {
        return NONE;
    }

    public long remainingNanos() {
        return this == NONE ? Long.MAX_VALUE : endNanos - System.nanoTime();
    }

    /** Gives the query what is left of the time, rounded up to whole seconds (JDBC's unit); over already: refused. */
    public void applyTo(Query query) throws IcatServerException {
        hints().forEach(query::setHint);
    }

    /** The same hint for {@code EntityManager.find}. */
    public Map<String, Object> hints() throws IcatServerException {
        if (this == NONE) {
            return Map.of();
        }
        long remaining = remainingNanos();
        if (remaining <= 0) {
            throw exceeded();
        }
        // EclipseLink truncates milliseconds to seconds, and 0 would mean "no timeout": round up.
        long seconds = Math.max(1, (remaining + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
        return Map.of(TIMEOUT_HINT, (int) TimeUnit.SECONDS.toMillis(seconds));
    }

    /**
     * BAD_PARAMETER (400): the cost comes from what the query asks for, so the same request would fail again; a 5xx
     * would tell clients to retry and operators that the server is broken. ICAT reports refused queries the same way.
     */
    public IcatServerException exceeded() {
        return new IcatServerException(IcatErrorType.BAD_PARAMETER, "The search took longer than "
                + maxSeconds + " s (beamcat.icat.max-search-seconds) and was cancelled: narrow it with conditions "
                + "or a LIMIT");
    }
}
