package org.beamcat.icat.server.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.documents.DocumentSearch;
import org.beamcat.icat.server.documents.DocumentSearchRequest;
import org.beamcat.icat.server.documents.DocumentSearchRequestParser;
import org.beamcat.icat.server.documents.DocumentSearchResultJson;
import org.beamcat.icat.server.session.SessionService;

/**
 * ICAT 6.1's {@code GET search/documents}: hits, a search-after cursor, facet counts and the total, all over what
 * the caller may read. minCount, maxCount and restrict that do not parse are BAD_PARAMETER (icat.server lets
 * JAX-RS answer 404 for them). {@link FacetDocumentsResource} answers {@code facet/documents}.
 */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchDocumentsResource {

    private final DocumentSearchRequestParser requests = new DocumentSearchRequestParser();

    @Inject
    SessionService sessions;

    @Inject
    DocumentSearch search;

    @GET
    @Path("documents")
    public String searchDocuments(@QueryParam("sessionId") String sessionId, @QueryParam("query") String query,
            @QueryParam("search_after") String searchAfter, @QueryParam("minCount") String minCount,
            @QueryParam("maxCount") String maxCount, @QueryParam("sort") String sort,
            @QueryParam("restrict") String restrict) throws IcatServerException {
        Caller caller = sessions.caller(sessionId);
        DocumentSearchRequest request = requests.parse(caller.userName(), query, sort, searchAfter,
                integer("minCount", minCount), integer("maxCount", maxCount), bool("restrict", restrict));
        return DocumentSearchResultJson.searchAnswer(search.search(caller, request));
    }

    private static Integer integer(String name, String value) throws IcatServerException {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new IcatServerException(IcatErrorType.BAD_PARAMETER, name + " must be a whole number");
        }
    }

    private static boolean bool(String name, String value) throws IcatServerException {
        if (value == null || value.isEmpty() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new IcatServerException(IcatErrorType.BAD_PARAMETER, name + " must be true or false");
    }
}
