package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The STOMP way in, as the Python beamline clients send: a raw socket to the OpenMQ STOMP bridge that
 * glassfish-config/scripts/configure-stomp.sh switches on (port base + 72 in tests), CONNECT, SEND to
 * {@code /queue/icatIngest} with {@code persistent:true}, RECEIPT, DISCONNECT; the message-driven bean
 * registers the dataset exactly as for a JMS producer.
 *
 * <p>The bridge speaks STOMP 1.0 and 1.2 but not 1.1: a client asking for "1.0,1.1" (what stompest sends
 * when configured for 1.1) gets 1.0, one asking for "1.1,1.2" gets 1.2, one asking for 1.1 alone is refused
 * with an ERROR frame (glassfish-config/README.md).
 */
class IngestStompIT extends IngestSystemTest {

    private static final int PORT = IngestProbe.stompPort();

    @Test
    void stompestStyleClientOfferingOneZeroAndOneOneRegistersTheDataset() throws Exception {
        String sample = IngestProbe.unique("stomp");
        Path folder = probe.datasetFolder(sample, sample + "_0001");
        Files.write(folder.resolve("scan.dat"), new byte[321]);
        String xml = IngestProbe.datasetXml(folder, sample, IngestProbe.parameter("TOMO_energy", "21.5"));

        try (StompConnection stomp = new StompConnection("localhost", PORT)) {
            StompConnection.Frame connected = stomp.connect("1.0,1.1", IngestCredentials.brokerUser(),
                    IngestCredentials.brokerPassword());
            assertEquals("CONNECTED", connected.command(), connected.toString());
            assertEquals("1.0", connected.header("version"), "the bridge answers 1.1 clients with 1.0");
            // the headers pyicat-plus sends (persistent, ack); no content-length: a JMS TextMessage
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("persistent", "true");
            headers.put("ack", "client-individual");
            StompConnection.Frame receipt = stomp.send("/queue/icatIngest", headers, xml.getBytes(StandardCharsets.UTF_8));
            assertEquals("RECEIPT", receipt.command(), receipt.toString());
            assertEquals("send-1", receipt.header("receipt-id"));
            assertEquals("RECEIPT", stomp.disconnect().command());
        }

        String location = probe.relative(folder);
        long dataset = probe.awaitDataset(location);
        IngestProbe.awaitCount("SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = " + dataset, 2);
        assertEquals(1, IngestProbe.count("SELECT COUNT(p) FROM DatasetParameter p WHERE p.dataset.id = " + dataset
                + " AND p.type.name = 'TOMO_energy' AND p.numericValue = 21.5"));
        assertEquals(1, IngestProbe.count("SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = " + dataset
                + " AND df.name = 'scan.dat' AND df.fileSize = 321"));
        assertTrue(IngestProbe.h5dump(IngestProbe.masterFile(folder)).contains("NXentry"));
    }

    @Test
    void stompOneTwoClientWithContentLengthRegistersTheDataset() throws Exception {
        String sample = IngestProbe.unique("stomp12");
        Path folder = probe.datasetFolder(sample, sample + "_0001");
        Files.write(folder.resolve("a.dat"), new byte[7]);
        byte[] xml = IngestProbe.datasetXml(folder, sample, "").getBytes(StandardCharsets.UTF_8);

        try (StompConnection stomp = new StompConnection("localhost", PORT)) {
            StompConnection.Frame connected = stomp.connect("1.1,1.2", IngestCredentials.brokerUser(),
                    IngestCredentials.brokerPassword());
            assertEquals("1.2", connected.header("version"), connected.toString());
            // content-length makes the bridge send a JMS BytesMessage; the ingester reads it as UTF-8
            StompConnection.Frame receipt = stomp.send("/queue/icatIngest",
                    Map.of("persistent", "true", "content-length", String.valueOf(xml.length)), xml);
            assertEquals("RECEIPT", receipt.command(), receipt.toString());
            stomp.disconnect();
        }

        long dataset = probe.awaitDataset(probe.relative(folder));
        IngestProbe.awaitCount("SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = " + dataset, 2);
    }

    @Test
    void clientsOfferingOnlyOneOneOrWrongCredentialsAreRefusedWithAnErrorFrame() throws Exception {
        try (StompConnection stomp = new StompConnection("localhost", PORT)) {
            StompConnection.Frame refused = stomp.connect("1.1", IngestCredentials.brokerUser(),
                    IngestCredentials.brokerPassword());
            assertEquals("ERROR", refused.command(), refused.toString());
            assertTrue(refused.header("message").contains("1.1"), refused.toString());
        }
        try (StompConnection stomp = new StompConnection("localhost", PORT)) {
            StompConnection.Frame refused = stomp.connect("1.0,1.1", IngestCredentials.brokerUser(), "not-the-password");
            assertEquals("ERROR", refused.command(), refused.toString());
        }
    }

    /** Outside the demo the broker's default login is off: an attacker's guest/guest gets no session. */
    @Test
    void theDefaultGuestLoginIsRefused() throws Exception {
        try (StompConnection stomp = new StompConnection("localhost", PORT)) {
            StompConnection.Frame refused = stomp.connect("1.0,1.1", "guest", "guest");
            assertEquals("ERROR", refused.command(), refused.toString());
        }
    }
}
