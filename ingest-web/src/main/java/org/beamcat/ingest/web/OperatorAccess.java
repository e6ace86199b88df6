package org.beamcat.ingest.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.client.IcatException;
import org.beamcat.support.config.SettingsReader;
import org.eclipse.microprofile.config.Config;

/**
 * Who may see and resubmit dead letters: operators, i.e. callers whose catalogue session belongs to one of
 * the catalogue's root users ({@code beamcat.icat.root-users}). Dead letters hold whole messages, so
 * nobody else may read them.
 */
@ApplicationScoped
public class OperatorAccess {

    static final String ICAT_URL = "beamcat.icat.url";
    static final String ROOT_USERS = "beamcat.icat.root-users";

    @Inject
    Config config;

    private IcatClient icat;
    private Set<String> operators;

    void readSettings(@Observes @Initialized(ApplicationScoped.class) Object started) {
        SettingsReader settings = SettingsReader.of(config);
        icat = IcatClient.create(settings.httpUrl(ICAT_URL), Duration.ofSeconds(30));
        operators = Arrays.stream(settings.optionalString(ROOT_USERS).orElse("").split("[,\\s]+"))
                .filter(name -> !name.isBlank()).collect(Collectors.toUnmodifiableSet());
    }

    /** Returns when the session is an operator's; otherwise answers 403 (or 500 if the catalogue is down). */
    void requireOperator(String sessionId) {
        if (sessionId == null || sessionId.isBlank()) {
            throw refused("a sessionId of a catalogue root user is required");
        }
        String user;
        try {
            user = icat.session(sessionId).userName();
        } catch (IcatException e) {
            if (e.type() == IcatErrorType.SESSION) {
                throw refused(e.getMessage());
            }
            throw new WebApplicationException(e.getMessage(), error(500, "INTERNAL",
                    "the catalogue could not check the session: " + e.getMessage()));
        }
        if (!operators.contains(user)) {
            throw refused(user + " is not a catalogue root user");
        }
    }

    private static WebApplicationException refused(String message) {
        return new WebApplicationException(message, error(403, "INSUFFICIENT_PRIVILEGES", message));
    }

    private static Response error(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder().add("code", code).add("message", message).build()).build();
    }
}
