package org.beamcat.ingest.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
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
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Enumeration;
import java.util.Set;
import java.util.regex.Pattern;
import org.beamcat.messages.QueueNames;

/**
 * Operators' view of the ingestion dead-letter queue {@value #DEAD_LETTER}: {@code GET /ingest/dead-letters}
 * lists every dead letter (id, reason, attempts, original message id, when, original body) without
 * consuming it; {@code GET /ingest/dead-letters/{id}} shows one; {@code POST /ingest/dead-letters/{id}/resubmit} moves one back to the queue it came from
 * ({@code sourceQueue}), unchanged, in one JTA transaction. Both need the {@code sessionId} of a
 * catalogue root user: dead letters hold whole messages.
 */
@Path("dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class DeadLetterResource {

    /** Physical name of the dead-letter queue that ingest-ejb declares and fills. */
    public static final String DEAD_LETTER = "icatIngestDeadLetter";
    private static final Set<String> SOURCES = Set.of(QueueNames.INGEST, QueueNames.UPDATE_DATASET_METADATA,
            QueueNames.DATA_FILES);
    /** OpenMQ ids look like {@code ID:98-127.0.0.1(a6:af:40:3c:f8:1b)-1-1795490103478}: host and MAC inside. */
    private static final Pattern MESSAGE_ID = Pattern.compile("ID:[A-Za-z0-9_.:()-]{1,200}");

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

    @GET
    @Path("{id}")
    public Response inspect(@PathParam("id") String id, @QueryParam("sessionId") String sessionId)
            throws JMSException {
        operators.requireOperator(sessionId);
        if (!isMessageId(id)) {
            return notAMessageId(id);
        }
        try (JMSContext context = connectionFactory.createContext();
                QueueBrowser browser = context.createBrowser(context.createQueue(DEAD_LETTER),
                        "JMSMessageID = '" + id + "'")) {
            Enumeration<?> messages = browser.getEnumeration();
            if (!messages.hasMoreElements()) {
                return noSuchDeadLetter(id);
            }
            return Response.ok(describe((Message) messages.nextElement()).build()).build();
        }
    }

    @POST
    @Path("{id}/resubmit")
    @Transactional(rollbackOn = Exception.class)
    public Response resubmit(@PathParam("id") String id, @QueryParam("sessionId") String sessionId)
            throws JMSException {
        operators.requireOperator(sessionId);
        if (!isMessageId(id)) {
            return notAMessageId(id);
        }
        // In the container a JMSContext joins the JTA transaction (a local "transacted" session is not
        // available there): taking the letter and sending it again commit together, or neither happens.
        try (JMSContext context = connectionFactory.createContext()) {
            Queue deadLetters = context.createQueue(DEAD_LETTER);
            try (JMSConsumer consumer = context.createConsumer(deadLetters, "JMSMessageID = '" + id + "'")) {
                Message letter = consumer.receive(2000);
                if (letter == null) {
                    return noSuchDeadLetter(id);
                }
                String queue = sourceQueue(letter);
                TextMessage again = context.createTextMessage(((TextMessage) letter).getText());
                context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT)
                        .send(context.createQueue(queue), again);
                return Response.accepted(Json.createObjectBuilder().add("messageId", again.getJMSMessageID())
                        .add("queue", queue).build()).build();
            }
        }
    }

    private static Response notAMessageId(String id) {
        return Response.status(Response.Status.BAD_REQUEST).entity(Json.createObjectBuilder()
                .add("code", "BAD_PARAMETER").add("message", "not a JMS message id: " + id).build()).build();
    }

    private static Response noSuchDeadLetter(String id) {
        return Response.status(Response.Status.NOT_FOUND).entity(Json.createObjectBuilder()
                .add("code", "NO_SUCH_OBJECT_FOUND").add("message", "no dead letter " + id).build()).build();
    }

    /** A JMS message id that is safe inside the selector's string literal (no quote can appear). */
    static boolean isMessageId(String id) {
        return id != null && MESSAGE_ID.matcher(id).matches();
    }

    /**
     * The queue the dead letter came from; letters written before the property existed, or naming a
     * queue ingestion does not consume, go back to the ingestion queue.
     */
    static String sourceQueue(Message letter) throws JMSException {
        String source = letter.getStringProperty("beamcatSourceQueue");
        return SOURCES.contains(source) ? source : QueueNames.INGEST;
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
