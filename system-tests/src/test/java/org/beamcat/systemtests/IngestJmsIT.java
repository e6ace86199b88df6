package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The JMS way in, as the Tango device and Java clients send: a persistent text message with the dataset XML
 * on the physical queue icatIngest of the domain's OpenMQ broker ({@link OpenMqSender}). The same message
 * sent twice registers the dataset once.
 */
@ExtendWith(ArquillianExtension.class)
class IngestJmsIT extends DeployedBeamCat {

    @Test
    void datasetMessageSentOverJmsTwiceIsRegisteredOnce() throws Exception {
        DemoCatalogueFixture.ensureLoaded();
        Path dataRoot = Path.of(System.getProperty("it.data.root"));
        String sample = "jms_" + UUID.randomUUID().toString().substring(0, 8);
        Path folder = Files.createDirectories(dataRoot.resolve("id11/MA-4321").resolve(sample).resolve(sample + "_0001"));
        Files.write(folder.resolve("a.dat"), new byte[42]);
        String xml = "<tns:dataset xmlns:tns=\"http://www.esrf.fr/icat\" complete=\"true\">"
                + "<tns:investigation>MA-4321</tns:investigation><tns:instrument>id11</tns:instrument>"
                + "<tns:name>" + sample + "_0001</tns:name><tns:location>" + folder + "</tns:location>"
                + "<tns:sample><tns:name>" + sample + "</tns:name></tns:sample>"
                + "<tns:startDate>2026-03-14T01:00:00Z</tns:startDate><tns:endDate>2026-03-14T01:10:00Z</tns:endDate>"
                + "<tns:parameter><tns:name>TOMO_energy</tns:name><tns:value>19</tns:value></tns:parameter>"
                + "</tns:dataset>";

        long handled = IngestProbe.messagesHandled("icatIngest");
        OpenMqSender.send("icatIngest", xml);
        OpenMqSender.send("icatIngest", xml);

        String location = dataRoot.relativize(folder).toString();
        IngestCleanup cleanup = new IngestCleanup();
        cleanup.dataset(location, sample);
        try {
            check(folder, location, handled);
        } finally {
            cleanup.run();
        }
    }

    /** Outside the demo the broker's default login is off: guest/guest cannot put a message on the queue. */
    @Test
    void theDefaultGuestLoginIsRefused() throws Exception {
        Exception refused = assertThrows(Exception.class, () -> OpenMqSender.send("icatIngest",
                "<tns:dataset xmlns:tns=\"http://www.esrf.fr/icat\"/>", "guest", "guest"));
        Throwable cause = refused instanceof java.lang.reflect.InvocationTargetException wrapped
                ? wrapped.getCause() : refused;
        assertTrue(String.valueOf(cause.getMessage()).contains("Login failed"), String.valueOf(cause));
    }

    private static void check(Path folder, String location, long handled) throws Exception {
        String query = "SELECT d.id FROM Dataset d WHERE d.location = '" + location + "'";
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonArray ids = DemoCatalogueFixture.ICAT.search(DemoCatalogueFixture.login("root"), query);
        while (ids.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(300);
            ids = DemoCatalogueFixture.ICAT.search(DemoCatalogueFixture.login("root"), query);
        }
        assertEquals(1, ids.size(), "one dataset at " + location);
        long dataset = ids.getJsonNumber(0).longValue();
        IcatClientCalls icat = new IcatClientCalls();
        String files = "SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = " + dataset;
        IngestProbe.awaitMessagesHandled("icatIngest", handled, 2); // both copies, each transaction ended
        assertEquals(2, icat.count("root", files), "a.dat and the master file, once each");
        assertEquals(1, icat.count("root", "SELECT COUNT(d) FROM Dataset d WHERE d.location = '" + location + "'"));
        assertEquals(1, icat.count("root", "SELECT COUNT(p) FROM DatasetParameter p WHERE p.dataset.id = " + dataset
                + " AND p.type.name = 'TOMO_energy' AND p.numericValue = 19"));
        assertTrue(Files.isRegularFile(folder.resolve(folder.getFileName() + "_master.h5")));
    }
}
