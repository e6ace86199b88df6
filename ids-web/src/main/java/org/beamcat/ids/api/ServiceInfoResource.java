package org.beamcat.ids.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.beamcat.ids.IdsCompatibility;
import org.beamcat.ids.config.IdsSettings;

/** The unauthenticated calls that describe the service: ping, version, getIcatUrl, isReadOnly, isTwoLevel. */
@Path("")
public class ServiceInfoResource {

    @Inject
    IdsSettings settings;

    @GET
    @Path("ping")
    @Produces(MediaType.TEXT_PLAIN)
    public String ping() {
        return "IdsOK";
    }

    @GET
    @Path("version")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject version() {
        return Json.createObjectBuilder().add("version", IdsCompatibility.EMULATED_VERSION).build();
    }

    @GET
    @Path("getIcatUrl")
    @Produces(MediaType.TEXT_PLAIN)
    public String getIcatUrl() {
        return settings.icatUrl().toString();
    }

    @GET
    @Path("isReadOnly")
    @Produces(MediaType.TEXT_PLAIN)
    public String isReadOnly() {
        return Boolean.toString(settings.readOnly());
    }

    @GET
    @Path("isTwoLevel")
    @Produces(MediaType.TEXT_PLAIN)
    public String isTwoLevel() {
        return Boolean.toString(settings.twoLevel());
    }
}
