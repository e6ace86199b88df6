package org.beamcat.ingest.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.beamcat.messages.InvalidMessageException;

/**
 * What /ingest answers for a failure, decided without the JAX-RS runtime (so it is unit-tested): status,
 * JSON body ({@code code}, {@code message}, and {@code problems} for an invalid message), and whether to add
 * {@code Retry-After}. Unexpected failures and broker failures quote an incident id, never a class name.
 */
record ErrorAnswer(int status, JsonObject body, boolean retryLater) {

    static final String BROKER_MESSAGE = "the message broker did not take the message; try again later";

    /** @param incident records the failure in the log and returns its id; called only when one is quoted */
    static ErrorAnswer of(Throwable failure, Supplier<String> incident) {
        if (failure instanceof InvalidMessageException invalid) {
            JsonArrayBuilder problems = Json.createArrayBuilder();
            invalid.problems().forEach(p -> problems.add(Json.createObjectBuilder().add("path", p.path())
                    .add("reason", p.reason())));
            return new ErrorAnswer(400, body(IngestError.BAD_PARAMETER, invalid.getMessage()).add("problems", problems)
                    .build(), false);
        }
        if (failure instanceof IngestRequestException refused) {
            return new ErrorAnswer(refused.status(), body(refused.code(), refused.getMessage()).build(), false);
        }
        if (failure instanceof BrokerUnavailableException || failure instanceof jakarta.jms.JMSException
                || failure instanceof jakarta.jms.JMSRuntimeException) {
            return new ErrorAnswer(503, body(IngestError.INTERNAL, BROKER_MESSAGE + " (incident " + incident.get() + ")")
                    .build(), true);
        }
        return new ErrorAnswer(500, body(IngestError.INTERNAL,
                org.beamcat.support.web.Incidents.publicMessage(incident.get())).build(), false);
    }

    Response response() {
        Response.ResponseBuilder builder = IngestError.builder(status, body.getString("code"), "").entity(body);
        return (retryLater ? builder.header("Retry-After", "10") : builder).build();
    }

    private static JsonObjectBuilder body(String code, String message) {
        return Json.createObjectBuilder().add("code", code).add("message", message == null ? "" : message);
    }
}
