package org.beamcat.icat.server.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.session.SessionService;

/** {@code GET user/{userName}} and {@code GET user/{mnemonic}/{userName}}: is the user logged in? (no session needed) */
@Path("user")
@RequestScoped
public class UserResource {

    @Inject
    SessionService sessions;

    @GET
    @Path("{userName}")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject isLoggedIn(@PathParam("userName") String userName) throws IcatServerException {
        return loggedIn(sessions.isLoggedIn(userName));
    }

    @GET
    @Path("{mnemonic}/{userName}")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject isLoggedIn(@PathParam("mnemonic") String mnemonic, @PathParam("userName") String userName)
            throws IcatServerException {
        return loggedIn(sessions.isLoggedIn(mnemonic + "/" + userName));
    }

    private static JsonObject loggedIn(boolean loggedIn) {
        return Json.createObjectBuilder().add("loggedIn", loggedIn).build();
    }
}
