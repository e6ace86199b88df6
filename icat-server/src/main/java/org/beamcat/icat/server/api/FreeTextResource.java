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
import jakarta.json.Json;
import java.util.Optional;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.server.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.catalogue.FreeTextService;
import org.beamcat.icat.server.freetext.FreeTextSearch;
import org.beamcat.icat.server.searchengine.EntityKind;
import org.beamcat.icat.server.searchengine.SearchEngineException;
import org.beamcat.icat.server.searchengine.runtime.SearchIndex;
import org.beamcat.icat.server.session.SessionService;

/**
 * The 4.7 free-text calls (contract 1.4.9): {@code lucene/data} searches the index for the caller;
 * {@code lucene/db…} (root only) drains the outbox into the index (POST), rebuilds one entity type from the
 * database (POST {@code db/{entityName}}), clears the index (DELETE), and lists the types a rebuild has still to
 * index (GET).
 */
@Path("lucene")
@Produces(MediaType.APPLICATION_JSON)
public class FreeTextResource {

    @Inject
    SessionService sessions;

    @Inject
    FreeTextService search;

    @Inject
    SearchIndex index;

    @GET
    @Path("data")
    public String data(@QueryParam("sessionId") String sessionId, @QueryParam("query") String query,
            @QueryParam("maxCount") Integer maxCount) throws IcatServerException {
        Caller caller = sessions.caller(sessionId);
        return FreeTextSearch.answer(search.search(caller,
                FreeTextSearch.parse(query, maxCount, search.maxPageSize())));
    }

    @GET
    @Path("db")
    public String populating(@QueryParam("sessionId") String sessionId) throws IcatServerException {
        requireRoot(sessions.caller(sessionId));
        var out = Json.createArrayBuilder();
        index.populating().forEach(out::add);
        return out.build().toString();
    }

    @POST
    @Path("db")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public void commit(@FormParam("sessionId") String sessionId) throws IcatServerException {
        requireRoot(sessions.caller(sessionId));
        try {
            index.drainNow();
        } catch (SearchEngineException e) {
            throw unavailable(e);
        }
    }

    @DELETE
    @Path("db")
    public void clear(@QueryParam("sessionId") String sessionId) throws IcatServerException {
        requireRoot(sessions.caller(sessionId));
        try {
            index.clear();
        } catch (SearchEngineException e) {
            throw unavailable(e);
        }
    }

    @POST
    @Path("db/{entityName}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public void populate(@PathParam("entityName") String entityName, @FormParam("sessionId") String sessionId)
            throws IcatServerException {
        requireRoot(sessions.caller(sessionId));
        Optional<EntityKind> kind = EntityKind.ofIcatName(entityName);
        if (kind.isEmpty()) {
            throw new IcatServerException(IcatErrorType.BAD_PARAMETER,
                    "entityName must be one of Investigation, Dataset or Datafile");
        }
        try {
            index.rebuild(kind);
        } catch (SearchEngineException e) {
            throw unavailable(e);
        }
    }

    private static void requireRoot(Caller caller) throws IcatServerException {
        if (!caller.root()) {
            throw new IcatServerException(IcatErrorType.INSUFFICIENT_PRIVILEGES, "user must be in rootUserNames");
        }
    }

    private static IcatServerException unavailable(SearchEngineException e) {
        return new IcatServerException(IcatErrorType.INTERNAL, "the search index is not available");
    }
}
