package org.beamcat.icat.server.documents;

import java.util.function.Function;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.searchengine.ReadableFilter;
import org.beamcat.icat.server.searchengine.SearchEngine;
import org.beamcat.icat.server.searchengine.SearchQuery;

/**
 * The document search over the search port: translates the request, lets the engine search with the caller's READ
 * rules (root reads everything) and translates the page back. Hits, total and facet counts are the engine's, which
 * computes them over the caller's readable entities only.
 */
public final class PortDocumentSearch implements DocumentSearch {

    private final SearchEngine engine;
    private final Function<Caller, ReadableFilter> readable;

    /** @param readable the caller's READ rules as the engine asks them */
    public PortDocumentSearch(SearchEngine engine, Function<Caller, ReadableFilter> readable) {
        this.engine = engine;
        this.readable = readable;
    }

    @Override
    public DocumentSearchResult search(Caller caller, DocumentSearchRequest request) throws IcatServerException {
        SearchQuery query = PortTranslation.toPort(request);
        ReadableFilter filter = caller.root() ? ReadableFilter.EVERYTHING : readable.apply(caller);
        return PortTranslation.fromPort(request, engine.search(query, filter));
    }
}
