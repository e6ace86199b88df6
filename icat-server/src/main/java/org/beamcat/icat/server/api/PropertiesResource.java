package org.beamcat.icat.server.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.beamcat.icat.server.authn.AuthenticatorInfo;
import org.beamcat.icat.server.authn.Authenticators;
import org.beamcat.icat.server.authn.CredentialKey;
import org.beamcat.icat.server.config.IcatServerSettings;

/**
 * {@code GET properties} in the ICAT 4.6–4.8 shape, which nests each authenticator's description
 * ({@code "description":{"keys":[…]}}); 4.9 flattened it, and clients pick the shape from {@code version}.
 * {@code friendly} appears only when configured and {@code admin} only when true, as in ICAT.
 */
@Path("properties")
@RequestScoped
public class PropertiesResource {

    /** Payara is a GlassFish; ICAT reports {@code Glassfish}, {@code JBoss} or {@code UNKNOWN}. */
    static final String CONTAINER_TYPE = "Glassfish";

    @Inject
    IcatServerSettings settings;

    @Inject
    Authenticators authenticators;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject properties() {
        JsonArrayBuilder described = Json.createArrayBuilder();
        authenticators.describe().forEach(info -> described.add(authenticator(info)));
        return Json.createObjectBuilder()
                .add("maxEntities", settings.maxEntities())
                .add("lifetimeMinutes", settings.lifetimeMinutes())
                .add("authenticators", described)
                .add("containerType", CONTAINER_TYPE)
                .build();
    }

    private static JsonObjectBuilder authenticator(AuthenticatorInfo info) {
        JsonArrayBuilder keys = Json.createArrayBuilder();
        info.keys().forEach(key -> keys.add(key(key)));
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("mnemonic", info.mnemonic())
                .add("description", Json.createObjectBuilder().add("keys", keys));
        info.friendly().ifPresent(friendly -> json.add("friendly", friendly));
        if (info.admin()) {
            json.add("admin", true);
        }
        return json;
    }

    private static JsonObjectBuilder key(CredentialKey key) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("name", key.name());
        key.pattern().ifPresent(pattern -> json.add("pattern", pattern));
        if (key.hide()) {
            json.add("hide", true);
        }
        return json;
    }
}
