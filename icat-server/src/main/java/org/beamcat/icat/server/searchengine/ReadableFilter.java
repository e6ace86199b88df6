package org.beamcat.icat.server.searchengine;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.beamcat.icat.server.IcatServerException;

/**
 * The caller's READ rules as the search engine needs them: the investigations whose entities the caller reads,
 * when the rules are about investigations, and otherwise which of some entities the caller may read. The engine
 * applies them to every entity that matches a query before it ranks, counts or pages, so hits, totals and facet
 * counts are exact and never include an unreadable entity.
 */
public interface ReadableFilter {

    /** Root: reads everything, and the engine asks nothing. */
    ReadableFilter EVERYTHING = new ReadableFilter() {
        @Override
        public boolean readsEverything() {
            return true;
        }

        @Override
        public Set<Long> readable(EntityKind kind, Collection<Long> ids) {
            return Set.copyOf(ids);
        }
    };

    /** True when the caller may read every entity (root): the engine then skips {@link #readable}. */
    default boolean readsEverything() {
        return false;
    }

    /**
     * Readability decided by investigation, when the caller's rules allow it: every entity of {@code kind}
     * ({@code all}), or those whose investigation is one of {@code investigationIds}; when {@code othersRemain}, an
     * entity outside them may still be readable and must go through {@link #readable}.
     */
    record ByInvestigation(boolean all, long[] investigationIds, boolean othersRemain) {
    }

    /** Empty when readability cannot be decided by investigation (the engine then asks {@link #readable}). */
    default Optional<ByInvestigation> byInvestigation(EntityKind kind) throws IcatServerException {
        return Optional.empty();
    }

    /** The subset of {@code ids} (entities of {@code kind}) that the caller may read. */
    Set<Long> readable(EntityKind kind, Collection<Long> ids) throws IcatServerException;
}
