package org.beamcat.icat.server.api;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.catalogue.CatalogueService;
import org.beamcat.icat.server.session.SessionService;

/**
 * {@code entityManager}: search and get (GET), create and update (POST), delete (DELETE). Parses the
 * parameters in the order icat.server checks them, resolves the session, delegates.
 */
@Path("entityManager")
@Produces(MediaType.APPLICATION_JSON)
public class EntityManagerResource {

    @Inject
    SessionService sessions;

    @EJB
    CatalogueService catalogue;

    @GET
    public String search(@QueryParam("sessionId") String sessionId, @QueryParam("query") String query,
            @QueryParam("id") Long id) throws IcatServerException {
        require(query, "query");
        Caller caller = sessions.caller(sessionId);
        return id == null ? catalogue.search(caller, query) : catalogue.get(caller, query, id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String write(@FormParam("sessionId") String sessionId, @FormParam("entities") String entities)
            throws IcatServerException {
        require(entities, "entities");
        return catalogue.write(sessions.caller(sessionId), entities);
    }

    @DELETE
    public void delete(@QueryParam("sessionId") String sessionId, @QueryParam("entities") String entities)
            throws IcatServerException {
        require(entities, "entities");
        catalogue.delete(sessions.caller(sessionId), entities);
    }

    /** icat.server checks its parameters before the session: "query is not set". */
    private static void require(String value, String name) throws IcatServerException {
        if (value == null) {
            throw new IcatServerException(IcatErrorType.BAD_PARAMETER, name + " is not set");
        }
    }
}
