package org.beamcat.ingest.web;

import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.beamcat.messages.QueueNames;

/**
 * The HTTP generic API for sequencers that speak neither JMS nor STOMP: {@code POST /ingest/dataset} with
 * the dataset message as XML ({@code application/xml}, {@code text/xml}) or JSON ({@code application/json}).
 * Valid messages are enqueued persistently on {@value QueueNames#INGEST} (the same path as JMS and STOMP
 * producers) and answered 202 with the JMS message id; invalid ones 400 with every problem found.
 * Registration itself happens later, in ingest-ejb. Only an authenticated producer may post
 * ({@link ProducerRequired}): nothing is read or enqueued for anybody else.
 */
@Path("dataset")
@ProducerRequired
public class DatasetResource {

    private static final IngestRequests REQUESTS = new IngestRequests();

    @Inject
    JMSContext context;

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    public Response enqueue(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        String xml = REQUESTS.datasetXml(body, contentType); // InvalidMessageException: 400 (InvalidMessageMapper)
        try {
            TextMessage message = context.createTextMessage(xml);
            context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT)
                    .send(context.createQueue(QueueNames.INGEST), message);
            return Response.accepted(Json.createObjectBuilder().add("messageId", message.getJMSMessageID())
                    .add("queue", QueueNames.INGEST).build()).build();
        } catch (JMSRuntimeException | jakarta.jms.JMSException e) {
            throw new BrokerUnavailableException("could not enqueue a dataset message", e); // 503
        }
    }
}
