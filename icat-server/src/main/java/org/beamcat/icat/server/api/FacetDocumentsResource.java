package org.beamcat.icat.server.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.documents.DocumentQueryParser;
import org.beamcat.icat.server.documents.DocumentSearch;
import org.beamcat.icat.server.documents.DocumentSearchRequest;
import org.beamcat.icat.server.documents.DocumentSearchResultJson;
import org.beamcat.icat.server.session.SessionService;

/**
 * ICAT 6.1's {@code GET facet/documents}: the facet counts of a query, without hits. Unlike icat.server it needs a
 * valid session: the counts cover only what the caller may read, so they never reveal an unreadable entity.
 */
@Path("facet")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FacetDocumentsResource {

    private final DocumentQueryParser queries = new DocumentQueryParser();

    @Inject
    SessionService sessions;

    @Inject
    DocumentSearch search;

    @GET
    @Path("documents")
    public String facetDocuments(@QueryParam("sessionId") String sessionId, @QueryParam("query") String query)
            throws IcatServerException {
        Caller caller = sessions.caller(sessionId);
        DocumentSearchRequest request = new DocumentSearchRequest(queries.parse(query), List.of(), null, 1, 1);
        return DocumentSearchResultJson.facetAnswer(search.search(caller, request));
    }

}
