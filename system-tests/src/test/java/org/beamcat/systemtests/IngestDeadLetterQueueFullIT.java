package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A poison message whose dead letter cannot be written: the operator has limited the dead-letter queue
 * (here every message is over its size limit, {@code imqcmd update dst … maxBytesPerMsg=1}). OpenMQ refuses
 * such a send at once, also inside the MDB's transaction (not at commit), so the failure comes out of
 * {@code onMessage}: the delivery is rolled back and retried a bounded number of times, then the resource
 * adapter parks the message in OpenMQ's own dead message queue {@code mq.sys.dmq}. Nothing is registered,
 * and it does not loop. The operators' REST view lists it (parked by the broker, with the broker's reason) and
 * resubmits it to its source queue like any dead letter.
 */
class IngestDeadLetterQueueFullIT extends IngestSystemTest {

    private static final String DEAD_LETTERS = "icatIngestDeadLetter";
    private static final String BROKER_DMQ = "mq.sys.dmq";

    @Test
    void aRejectedMessageWhoseDeadLetterIsRefusedIsParkedByTheBrokerShownAndResubmitted() throws Exception {
        String sample = IngestProbe.unique("dlqfull");
        Path folder = datasetFolder(sample, sample + "_0001");
        Files.write(folder.resolve("a.dat"), new byte[3]);
        IngestProbe.deadLetters(); // the operators' view browses the queue, so the broker has it
        long parked = OpenMqAdmin.messages(BROKER_DMQ);
        TestDomain domain = TestDomain.fromSystemProperties();
        String body = IngestProbe.datasetXml("NO-SUCH-" + unique, folder, sample, "");

        OpenMqAdmin.updateQueue(DEAD_LETTERS, "maxBytesPerMsg=1");
        try {
            OpenMqSender.send("icatIngest", body);
            Instant deadline = Instant.now().plus(IngestProbe.PATIENCE);
            while (OpenMqAdmin.messages(BROKER_DMQ) == parked && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
        } finally {
            OpenMqAdmin.updateQueue(DEAD_LETTERS, "maxBytesPerMsg=-1");
        }
        assertEquals(parked + 1, OpenMqAdmin.messages(BROKER_DMQ), "parked in the broker's dead message queue");
        // the embedded broker's refusal of each dead letter (B4122: over maxBytesPerMsg) came out of onMessage
        // and the resource adapter redelivered (MQJMSRA_MR2001), a bounded number of times
        long refusals = domain.logLines(line -> line.contains("B4122") && line.contains(DEAD_LETTERS)
                && line.contains("maxBytesPerMsg")).size();
        long redeliveries = domain.logLines(line -> line.contains("MQJMSRA_MR2001")).size();
        assertTrue(refusals >= 1, "the refused dead letters are logged");
        assertTrue(redeliveries >= 1 && redeliveries <= 25, "bounded redeliveries: " + redeliveries);
        assertEquals(0, IngestProbe.datasetsAt(relative(folder)), "nothing registered");

        // the operators' view shows it too, parked by the broker, with the broker's reason and its source queue
        JsonObject parkedByBroker = IngestProbe.deadLetter(relative(folder)).orElseThrow(
                () -> new AssertionError("the operators' view lists the message the broker parked"));
        assertEquals("broker", parkedByBroker.getString("parkedBy"), parkedByBroker.toString());
        assertEquals("icatIngest", parkedByBroker.getString("sourceQueue"), parkedByBroker.toString());
        assertTrue(parkedByBroker.getString("reason").startsWith("broker:"), parkedByBroker.toString());
        assertEquals(body, parkedByBroker.getString("body"));
        String id = parkedByBroker.getString("id");
        String path = "/ingest/dead-letters/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
        HttpResponse<String> one = Http.get(path + "?sessionId=" + root());
        assertEquals(200, one.statusCode(), one.body());

        // resubmitted with the dead-letter queue writable again, it is refused again and now gets its dead letter
        HttpResponse<String> resubmitted = Http.post(path + "/resubmit?sessionId=" + root(), "");
        assertEquals(202, resubmitted.statusCode(), resubmitted.body());
        JsonObject again = IngestProbe.awaitDeadLetterWhere(letter -> letter.getString("parkedBy").equals("beamcat")
                && letter.getString("body").equals(body), "a BeamCat dead letter for the resubmitted message");
        assertTrue(again.getString("reason").contains("NO-SUCH-" + unique), again.toString());
        assertEquals(parked, OpenMqAdmin.messages(BROKER_DMQ), "taken off the broker's dead message queue");
        assertEquals(0, IngestProbe.datasetsAt(relative(folder)), "still nothing registered");
    }

    @Test
    void aMessageTheBrokerParkedForAnotherQueueIsNeitherShownNorResubmitted() throws Exception {
        // another application's queue holding one message, whose oldest the broker moves to its dead message
        // queue when a second one arrives
        String other = "beamcatOther" + unique;
        long parked = OpenMqAdmin.messages(BROKER_DMQ);
        String id = OpenMqSender.send(other, "another application's message " + unique);
        OpenMqAdmin.updateQueue(other, "maxNumMsgs=1", "limitBehavior=REMOVE_OLDEST", "useDMQ=true");
        OpenMqSender.send(other, "its next message");
        assertEquals(parked + 1, OpenMqAdmin.messages(BROKER_DMQ), "the first one is parked by the broker");
        String path = "/ingest/dead-letters/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
        HttpResponse<String> one = Http.get(path + "?sessionId=" + root());
        assertEquals(404, one.statusCode(), one.body());
        HttpResponse<String> resubmitted = Http.post(path + "/resubmit?sessionId=" + root(), "");
        assertEquals(404, resubmitted.statusCode(), resubmitted.body());
        assertEquals(parked + 1, OpenMqAdmin.messages(BROKER_DMQ), "left where the broker keeps it");
    }

    private static String root() throws Exception {
        return DemoCatalogueFixture.login("root");
    }
}
