package org.beamcat.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.beamcat.messages.InvalidMessageException;
import org.junit.jupiter.api.Test;

/** /ingest's failures to answers: statuses, codes, incident ids, and nothing of the exception's inside. */
class ErrorAnswerTest {

    private final AtomicInteger incidents = new AtomicInteger();
    private final Supplier<String> incident = () -> "req-" + incidents.incrementAndGet();

    @Test
    void aFailedEnqueueIs503WithRetryAfterAndAnIncidentNotTheBrokersText() {
        ErrorAnswer answer = ErrorAnswer.of(new BrokerUnavailableException("could not enqueue a dataset message",
                new JMSRuntimeException("MQJMSRA_DS4001: JMSService.createProducer(): com.sun.messaging.jmq.jmsservice."
                        + "JMSServiceException at 127.0.0.1:27676")), incident);
        assertEquals(503, answer.status());
        assertTrue(answer.retryLater());
        assertEquals("INTERNAL", answer.body().getString("code"));
        assertEquals(ErrorAnswer.BROKER_MESSAGE + " (incident req-1)", answer.body().getString("message"));
        assertFalse(answer.body().toString().contains("MQJMSRA"), "no broker detail to the client");
        assertFalse(answer.body().toString().contains("com.sun"), "no class name to the client");
    }

    @Test
    void aJmsExceptionThatReachesTheMapperIsAlso503() {
        assertEquals(503, ErrorAnswer.of(new JMSException("broker down"), incident).status());
        assertEquals(503, ErrorAnswer.of(new JMSRuntimeException("broker down"), incident).status());
    }

    @Test
    void anythingElseIs500WithTheIncidentOnly() {
        ErrorAnswer answer = ErrorAnswer.of(new IllegalStateException("secret detail at org.beamcat.X"), incident);
        assertEquals(500, answer.status());
        assertFalse(answer.retryLater());
        assertEquals("INTERNAL", answer.body().getString("code"));
        assertTrue(answer.body().getString("message").contains("req-1"));
        assertFalse(answer.body().toString().contains("secret"));
    }

    @Test
    void anInvalidMessageIs400WithEveryProblemAndNoIncident() {
        InvalidMessageException invalid = new InvalidMessageException("dataset/location", "must be absolute");
        ErrorAnswer answer = ErrorAnswer.of(invalid, incident);
        assertEquals(400, answer.status());
        assertEquals("BAD_PARAMETER", answer.body().getString("code"));
        assertEquals("dataset/location", answer.body().getJsonArray("problems").getJsonObject(0).getString("path"));
        assertEquals("must be absolute", answer.body().getJsonArray("problems").getJsonObject(0).getString("reason"));
        assertEquals(0, incidents.get(), "the caller's mistake is no incident");
    }

    @Test
    void refusedRequestsKeepTheirStatusAndCode() {
        ErrorAnswer unknown = ErrorAnswer.of(IngestRequestException.notFound("no dead letter ID:1-2-3"), incident);
        assertEquals(404, unknown.status());
        assertEquals("NO_SUCH_OBJECT_FOUND", unknown.body().getString("code"));
        assertEquals("no dead letter ID:1-2-3", unknown.body().getString("message"));
        assertEquals(400, ErrorAnswer.of(IngestRequestException.badParameter("not a JMS message id: x"), incident)
                .status());
        assertEquals(0, incidents.get());
    }
}
