package org.beamcat.icat.server.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.session.SessionInfo;
import org.beamcat.icat.server.session.SessionService;

/** {@code POST session} (login), {@code GET/PUT/DELETE session/{sessionId}} (info, refresh, logout). */
@Path("session")
@RequestScoped
public class SessionResource {

    @Inject
    SessionService sessions;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject login(@FormParam("json") String json) throws IcatServerException {
        LoginRequest request = LoginRequest.parse(json);
        String sessionId = sessions.login(request.plugin(), request.credentials());
        return Json.createObjectBuilder().add("sessionId", sessionId).build();
    }

    @GET
    @Path("{sessionId}")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject describe(@PathParam("sessionId") String sessionId) throws IcatServerException {
        SessionInfo session = sessions.describe(sessionId);
        return Json.createObjectBuilder()
                .add("userName", session.userName())
                .add("remainingMinutes", session.remainingMinutes())
                .build();
    }

    @PUT
    @Path("{sessionId}")
    public void refresh(@PathParam("sessionId") String sessionId) throws IcatServerException {
        sessions.refresh(sessionId);
    }

    @DELETE
    @Path("{sessionId}")
    public void logout(@PathParam("sessionId") String sessionId) throws IcatServerException {
        sessions.logout(sessionId);
    }
}
