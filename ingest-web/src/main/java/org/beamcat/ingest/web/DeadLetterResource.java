package org.beamcat.ingest.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Operators' view of ingestion's parked messages ({@link ParkedMessages}): BeamCat's dead-letter queue
 * {@value ParkedMessages#DEAD_LETTER} and, for messages whose dead letter the broker refused, OpenMQ's
 * {@value ParkedMessages#BROKER_DMQ}. {@code GET /ingest/dead-letters} lists them (id, parkedBy, reason,
 * attempts, original message id, when, original body) without consuming them; {@code GET
 * /ingest/dead-letters/{id}} shows one; {@code POST /ingest/dead-letters/{id}/resubmit} moves one back to the
 * queue it came from ({@code sourceQueue}), unchanged, in one JTA transaction. All need the session of a
 * catalogue root user ({@link OperatorRequired}: header {@code X-ICAT-Session-Id} or parameter
 * {@code sessionId}): dead letters hold whole messages.
 */
@Path("dead-letters")
@OperatorRequired
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class DeadLetterResource {

    /** OpenMQ ids look like {@code ID:98-127.0.0.1(a6:af:40:3c:f8:1b)-1-1795490103478}: host and MAC inside. */
    private static final Pattern MESSAGE_ID = Pattern.compile("ID:[A-Za-z0-9_.:()-]{1,200}");

    @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
    ConnectionFactory connectionFactory;

    @GET
    public Response list() throws JMSException {
        JsonArrayBuilder letters = Json.createArrayBuilder();
        try (JMSContext context = connectionFactory.createContext()) {
            new ParkedMessages(context).all().forEach(letters::add);
        }
        return Response.ok(letters.build()).build();
    }

    @GET
    @Path("{id}")
    public Response inspect(@PathParam("id") String id)
            throws JMSException {
        if (!isMessageId(id)) {
            throw IngestRequestException.badParameter("not a JMS message id: " + id);
        }
        try (JMSContext context = connectionFactory.createContext()) {
            return new ParkedMessages(context).one(id).map(letter -> Response.ok(letter).build())
                    .orElseThrow(() -> IngestRequestException.notFound("no dead letter " + id));
        }
    }

    @POST
    @Path("{id}/resubmit")
    @Transactional(rollbackOn = Exception.class)
    public Response resubmit(@PathParam("id") String id)
            throws JMSException {
        if (!isMessageId(id)) {
            throw IngestRequestException.badParameter("not a JMS message id: " + id);
        }
        // In the container a JMSContext joins the JTA transaction (a local "transacted" session is not
        // available there): taking the letter and sending it again commit together, or neither happens.
        try (JMSContext context = connectionFactory.createContext()) {
            Optional<ParkedMessages.Resubmitted> sent = new ParkedMessages(context).resubmit(id);
            return sent.map(again -> Response.accepted(Json.createObjectBuilder().add("messageId", again.messageId())
                    .add("queue", again.queue()).build()).build()).orElseThrow(() -> IngestRequestException.notFound("no dead letter " + id));
        }
    }

    /** A JMS message id that is safe inside the selector's string literal (no quote can appear). */
    static boolean isMessageId(String id) {
        return id != null && MESSAGE_ID.matcher(id).matches();
    }
}
