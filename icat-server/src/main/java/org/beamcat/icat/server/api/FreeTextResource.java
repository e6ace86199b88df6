package org.beamcat.icat.server.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.freetext.FreeTextSearch;
import org.beamcat.icat.server.session.SessionService;

/** The 4.7 free-text calls ({@code lucene/data}, {@code lucene/db…}), answered as by a server without a search engine. */
@Path("lucene")
@Produces(MediaType.APPLICATION_JSON)
public class FreeTextResource {

    private final FreeTextSearch search = new FreeTextSearch();

    @Inject
    SessionService sessions;

    @GET
    @Path("data")
    public String data(@QueryParam("sessionId") String sessionId, @QueryParam("query") String query,
            @QueryParam("maxCount") Integer maxCount) throws IcatServerException {
        return search.search(sessions.caller(sessionId), query);
    }

    @GET
    @Path("db")
    public String populating(@QueryParam("sessionId") String sessionId) throws IcatServerException {
        return search.populating(sessions.caller(sessionId));
    }

    @POST
    @Path("db")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public void commit(@FormParam("sessionId") String sessionId) throws IcatServerException {
        search.maintain(sessions.caller(sessionId));
    }

    @DELETE
    @Path("db")
    public void clear(@QueryParam("sessionId") String sessionId) throws IcatServerException {
        search.maintain(sessions.caller(sessionId));
    }

    @POST
    @Path("db/{entityName}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public void populate(@PathParam("entityName") String entityName, @FormParam("sessionId") String sessionId)
            throws IcatServerException {
        search.maintain(sessions.caller(sessionId));
    }
}
