package org.beamcat.icat.server.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.search.SearchService;
import org.beamcat.icat.server.searchengine.EntityKind;
import org.beamcat.icat.server.searchengine.ReadableFilter;

/**
 * The caller's READ rules for the search engine, decided by the catalogue's own rules inside the database: the
 * investigations whose entities the caller reads through the rules that are about the investigation alone (one
 * query over Investigation, {@link SearchService#readableInvestigations}), and for the other rules the engine's
 * candidates, a chunk at a time, through {@code SELECT e.id FROM <Entity> e WHERE e.id IN (…)} run as the caller,
 * so exactly the rules, public steps and memberships every other search obeys decide. Root reads everything and
 * is never asked about.
 */
final class RuleReadableFilter implements ReadableFilter {

    private final SearchService searches;
    private final Caller caller;
    private final int chunk;

    RuleReadableFilter(SearchService searches, Caller caller, int chunk) {
        this.searches = searches;
        this.caller = caller;
        this.chunk = chunk;
    }

    static ReadableFilter of(SearchService searches, Caller caller, int chunk) {
        return caller.root() ? ReadableFilter.EVERYTHING : new RuleReadableFilter(searches, caller, chunk);
    }

    @Override
    public Optional<ByInvestigation> byInvestigation(EntityKind kind) throws IcatServerException {
        return searches.readableInvestigations(caller, kind.icatName()).map(readable -> new ByInvestigation(
                readable.all(), readable.investigationIds().stream().mapToLong(Long::longValue).toArray(),
                readable.othersRemain()));
    }

    @Override
    public Set<Long> readable(EntityKind kind, Collection<Long> ids) throws IcatServerException {
        List<Long> all = new ArrayList<>(ids);
        Set<Long> readable = new HashSet<>();
        for (int from = 0; from < all.size(); from += chunk) {
            String in = all.subList(from, Math.min(all.size(), from + chunk)).stream()
                    .map(id -> Long.toString(id)).collect(Collectors.joining(", "));
            for (Object row : searches.search(caller, "SELECT e.id FROM " + kind.icatName() + " e WHERE e.id IN ("
                    + in + ")").rows()) {
                readable.add(((Number) row).longValue());
            }
        }
        return readable;
    }
}
