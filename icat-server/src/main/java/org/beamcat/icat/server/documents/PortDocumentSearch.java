package org.beamcat.icat.server.documents;

import org.beamcat.icat.server.Caller;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.searchengine.SearchPage;
import org.beamcat.icat.server.searchengine.SearchQuery;

/**
 * The document search over the search port: translates the request, lets the port search for the caller (which
 * applies the caller's READ rules before it ranks, counts and facets) and translates the page back. Members' names
 * stay inside the engine for anyone but root
 * ({@link org.beamcat.icat.server.searchengine.MemberNames}).
 */
public final class PortDocumentSearch implements DocumentSearch {

    /** The port as the catalogue offers it: one search for one caller, under that caller's rules. */
    @FunctionalInterface
    public interface CallerSearch {
        SearchPage search(Caller caller, SearchQuery query) throws IcatServerException;
    }

    private final CallerSearch port;

    public PortDocumentSearch(CallerSearch port) {
        this.port = port;
    }

    @Override
    public DocumentSearchResult search(Caller caller, DocumentSearchRequest request) throws IcatServerException {
        SearchQuery query = PortTranslation.toPort(request);
        return PortTranslation.fromPort(request, port.search(caller, query));
    }
}
