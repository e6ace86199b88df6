package org.beamcat.icat.server.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.beamcat.icat.server.IcatCompatibility;

/** {@code GET version}: the ICAT release whose behaviour this server emulates. */
@Path("version")
public class VersionResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject version() {
        return Json.createObjectBuilder().add("version", IcatCompatibility.EMULATED_VERSION).build();
    }
}
