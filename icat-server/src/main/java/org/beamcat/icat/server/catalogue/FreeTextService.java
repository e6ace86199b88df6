package org.beamcat.icat.server.catalogue;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.server.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.authz.RuleEngine;
import org.beamcat.icat.server.config.IcatServerSettings;
import org.beamcat.icat.server.query.IcatQueries;
import org.beamcat.icat.server.search.SearchDeadline;
import org.beamcat.icat.server.search.SearchLimits;
import org.beamcat.icat.server.search.SearchService;
import org.beamcat.icat.server.search.SearchSlots;
import org.beamcat.icat.server.searchengine.SearchEngine;
import org.beamcat.icat.server.searchengine.SearchPage;
import org.beamcat.icat.server.searchengine.SearchQuery;
import org.beamcat.icat.server.searchengine.runtime.SearchIndex;

/**
 * Free-text searches for a caller, in one transaction: the engine finds, the catalogue's rules (through
 * {@link RuleReadableFilter}) decide what the caller may see, before totals and facets are counted. Bounded like
 * every search: a slot and {@code beamcat.icat.max-search-seconds}.
 */
@Stateless
public class FreeTextService {

    /** Ids per rule check: well inside the query limits' IN-list size. */
    private static final int MAX_CHUNK = 5_000;

    @PersistenceContext(unitName = "icat")
    EntityManager em;

    @Inject
    IcatQueries queries;

    @Inject
    RuleEngine rules;

    @Inject
    IcatServerSettings settings;

    @Inject
    SearchSlots searchSlots;

    @Inject
    SearchIndex index;

    public SearchPage search(Caller caller, SearchQuery query) throws IcatServerException {
        SearchEngine engine = index.engine().orElseThrow(() -> new IcatServerException(IcatErrorType.INTERNAL,
                "the search index is not available"));
        SearchDeadline deadline = SearchDeadline.startingNow(settings.searches().maxSearchSeconds());
        try (SearchSlots.Slot slot = searchSlots.acquire(deadline)) {
            SearchService searches = new SearchService(em, queries, rules, SearchLimits.of(settings.maxEntities()),
                    deadline);
            int chunk = Math.min(MAX_CHUNK, Math.min(settings.maxEntities(),
                    settings.searches().queryLimits().maxInListSize()));
            return engine.search(query, RuleReadableFilter.of(searches, caller, chunk));
        }
    }

    /** Largest page a caller may ask for: the catalogue's maxEntities. */
    public int maxPageSize() {
        return settings.maxEntities();
    }
}
