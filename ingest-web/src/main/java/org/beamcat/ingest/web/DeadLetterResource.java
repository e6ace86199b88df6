package org.beamcat.ingest.web;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Enumeration;
import java.util.regex.Pattern;
import org.beamcat.messages.QueueNames;

/**
 * Operators' view of the ingestion dead-letter queue {@value #DEAD_LETTER}: {@code GET /ingest/dead-letters}
 * lists every dead letter (id, reason, attempts, original message id, when, original body) without
 * consuming it; {@code POST /ingest/dead-letters/{id}/resubmit} moves one back to the ingestion queue,
 * unchanged, in one local JMS transaction. Both need the {@code sessionId} of a catalogue root user: dead
 * letters hold whole messages.
 */
@Path("dead-letters")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    /** Physical name of the dead-letter queue that ingest-ejb declares and fills. */
    public static final String DEAD_LETTER = "icatIngestDeadLetter";
    private static final Pattern MESSAGE_ID = Pattern.compile("ID:[A-Za-z0-9_.:-]{1,200}");

    @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
    ConnectionFactory connectionFactory;

    @Inject
    OperatorAccess operators;

    @GET
    public Response list(@QueryParam("sessionId") String sessionId) throws JMSException {
        operators.requireOperator(sessionId);
        JsonArrayBuilder letters = Json.createArrayBuilder();
        try (JMSContext context = connectionFactory.createContext();
                QueueBrowser browser = context.createBrowser(context.createQueue(DEAD_LETTER))) {
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements()) {
                letters.add(describe((Message) messages.nextElement()));
            }
        }
        return Response.ok(letters.build()).build();
    }

    @POST
    @Path("{id}/resubmit")
    public Response resubmit(@PathParam("id") String id, @QueryParam("sessionId") String sessionId)
            throws JMSException {
        operators.requireOperator(sessionId);
        if (!MESSAGE_ID.matcher(id).matches()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Json.createObjectBuilder()
                    .add("code", "BAD_PARAMETER").add("message", "not a JMS message id: " + id).build()).build();
        }
        try (JMSContext context = connectionFactory.createContext(JMSContext.SESSION_TRANSACTED)) {
            Queue deadLetters = context.createQueue(DEAD_LETTER);
            try (JMSConsumer consumer = context.createConsumer(deadLetters, "JMSMessageID = '" + id + "'")) {
                Message letter = consumer.receive(2000);
                if (letter == null) {
                    context.rollback();
                    return Response.status(Response.Status.NOT_FOUND).entity(Json.createObjectBuilder()
                            .add("code", "NO_SUCH_OBJECT_FOUND").add("message", "no dead letter " + id).build())
                            .build();
                }
                TextMessage again = context.createTextMessage(((TextMessage) letter).getText());
                context.createProducer().send(context.createQueue(QueueNames.INGEST), again);
                context.commit();
                return Response.accepted(Json.createObjectBuilder().add("messageId", again.getJMSMessageID())
                        .add("queue", QueueNames.INGEST).build()).build();
            }
        }
    }

    private static JsonObjectBuilder describe(Message message) throws JMSException {
        JsonObjectBuilder letter = Json.createObjectBuilder().add("id", message.getJMSMessageID());
        for (String property : new String[] {"beamcatReason", "beamcatSourceQueue", "beamcatOriginalMessageId",
            "beamcatDeadLetteredAt"}) {
            String value = message.getStringProperty(property);
            letter.add(property.substring("beamcat".length(), "beamcat".length() + 1).toLowerCase()
                    + property.substring("beamcat".length() + 1), value == null ? "" : value);
        }
        letter.add("attempts", message.propertyExists("beamcatAttempts") ? message.getIntProperty("beamcatAttempts") : 0);
        letter.add("body", message instanceof TextMessage text && text.getText() != null ? text.getText() : "");
        return letter;
    }
}
