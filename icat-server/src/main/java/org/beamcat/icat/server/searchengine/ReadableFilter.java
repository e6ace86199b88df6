package org.beamcat.icat.server.searchengine;

import java.util.Collection;
import java.util.Set;
import org.beamcat.icat.server.IcatServerException;

/**
 * The caller's READ rules as the search engine needs them: which of some entities the caller may read. The engine
 * asks about every entity that matches a query (in chunks it chooses) before it ranks, counts or pages, so hits,
 * totals and facet counts are exact and never include an unreadable entity.
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

    /** The subset of {@code ids} (entities of {@code kind}) that the caller may read. */
    Set<Long> readable(EntityKind kind, Collection<Long> ids) throws IcatServerException;
}
