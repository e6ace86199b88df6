package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A poison message whose transaction fails after {@code onMessage} returned. The built EAR is deployed with
 * one change, made here only: its ingest-ejb module gets a {@code glassfish-ejb-jar.xml} giving the dataset
 * MDB a container-managed transaction timeout of {@value #CMT_TIMEOUT_SECONDS} s. Payara passes it to the
 * transaction, but the MDB's transaction is a JTS one (the resource adapter's XA resource), whose timeout is
 * not checked at commit: the "JTS Timeout Thread" rolls timed-out transactions back, and it wakes every
 * {@code com.sun.jts.timeoutInterval} seconds, never less than 10 (a delivery of 5 s committed; measured).
 * So a file lease ({@link FileLeaseHold}) holds the server's open of a file of the dataset folder for
 * {@link #HOLD}, past the timeout plus one such interval: the timeout thread has rolled the transaction back
 * while the delivery waits; the delivery then does its work (the catalogue rows go over HTTP, outside the
 * transaction) and its commit fails; the broker redelivers. The hold only makes a delivery last long enough;
 * the assertions are on outcomes: once held, the message is consumed by a later delivery, registering
 * nothing twice, with no dead letter; held on every delivery, it ends in the dead-letter queue with its
 * reason, again nothing twice. Arquillian undeploys this variant after the class, and the next class
 * deploys the EAR as built.
 */
@ExtendWith(ArquillianExtension.class)
class IngestCommitTimeoutIT {

    static final int CMT_TIMEOUT_SECONDS = 3;
    /** The JTS timeout thread's period at its smallest (com.sun.jts.CosTransactions.TimeoutThread). */
    private static final int JTS_TIMEOUT_CHECK_SECONDS = 10;
    /** Long enough past the timeout and one check; what is asserted does not depend on it. */
    private static final Duration HOLD = Duration.ofSeconds(CMT_TIMEOUT_SECONDS + JTS_TIMEOUT_CHECK_SECONDS + 3);
    private static final Duration PATIENCE = Duration.ofMinutes(6);
    private static final String QUEUE = "queue=\"icatIngest\"";
    /** The logger of com.sun.jts.CosTransactions.TimeoutManager: it says at FINE when it marks a transaction. */
    private static final String JTS_LOGGER = "javax.enterprise.system.core.transaction.com.sun.jts.CosTransactions";

    static final String GLASSFISH_EJB_JAR = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE glassfish-ejb-jar PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 EJB 3.1//EN"
              "http://glassfish.org/dtds/glassfish-ejb-jar_3_1-1.dtd">
            <glassfish-ejb-jar>
              <enterprise-beans>
                <ejb>
                  <ejb-name>IngestMessageBean</ejb-name>
                  <cmt-timeout-in-seconds>%d</cmt-timeout-in-seconds>
                </ejb>
              </enterprise-beans>
            </glassfish-ejb-jar>
            """.formatted(CMT_TIMEOUT_SECONDS);

    private final IngestProbe probe = new IngestProbe();
    private TestDomain domain;
    private int logMark;

    @Deployment(name = "icat-server", order = 1, testable = false)
    static WebArchive icatServer() {
        return Archives.icatServer();
    }

    /** The built EAR, its ingest-ejb module with a short transaction timeout for IngestMessageBean. */
    @Deployment(name = "icat-ear", order = 2, testable = false)
    static EnterpriseArchive icatEarWithShortMdbTimeout() throws IOException {
        EnterpriseArchive ear = Archives.icatEar();
        JavaArchive ejb;
        try (InputStream built = ear.get("/ingest-ejb.jar").getAsset().openStream()) {
            ejb = ShrinkWrap.create(ZipImporter.class, "ingest-ejb.jar").importFrom(built).as(JavaArchive.class);
        }
        ejb.addAsManifestResource(new StringAsset(GLASSFISH_EJB_JAR), "glassfish-ejb-jar.xml");
        ear.delete("/ingest-ejb.jar");
        ear.addAsModule(ejb);
        return ear;
    }

    @BeforeEach
    void setUp() throws Exception {
        DemoCatalogueFixture.ensureLoaded();
        domain = TestDomain.fromSystemProperties();
        logMark = domain.logLines(line -> true).size();
    }

    @AfterEach
    void cleanUp() throws Exception {
        probe.cleanup.run();
    }

    @Test
    void aDeliveryRolledBackAtCommitIsRedeliveredAndRegistersOnce() throws Exception {
        String sample = IngestProbe.unique("commit");
        Path folder = probe.datasetFolder(sample, sample + "_0001");
        Path gate = Files.write(folder.resolve("a_gate.dat"), new byte[7]);
        Files.write(folder.resolve("b.dat"), new byte[5]);
        String location = probe.relative(folder);
        MetricsText before = MetricsText.fetch();

        setLogLevel(JTS_LOGGER, "FINE");
        try (FileLeaseHold hold = FileLeaseHold.once(gate, HOLD)) {
            assertEquals(202, IngestProbe.postDataset(IngestProbe.datasetXml(folder, sample, ""), "application/xml")
                    .statusCode());
            hold.awaitHeld(PATIENCE);
            IngestProbe.awaitQueueEmpty("icatIngest");
        } finally {
            setLogLevel(JTS_LOGGER, "INFO");
        }
        diagnostics("once");

        long dataset = IngestProbe.awaitDataset(location);
        assertEquals(1, IngestProbe.datasetsAt(location));
        IngestProbe.awaitCount("SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = " + dataset, 3);
        for (String name : List.of("a_gate.dat", "b.dat", sample + "_0001_master.h5")) {
            assertEquals(1, IngestProbe.count("SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = " + dataset
                    + " AND df.name = '" + name + "'"), name + " registered once");
        }
        assertTrue(IngestProbe.deadLetter(location).isEmpty(), "no dead letter");
        MetricsText after = MetricsText.fetch();
        // delivered at least twice (the first delivery's work did not consume it), counted registered once: the
        // outcome counts at commit, and only the second delivery committed
        assertTrue(after.value("beamcat.ingest.messages.received", QUEUE)
                >= before.value("beamcat.ingest.messages.received", QUEUE) + 2, after.toString());
        assertEquals(before.value("beamcat.ingest.messages.registered", QUEUE) + 1,
                after.value("beamcat.ingest.messages.registered", QUEUE), after.toString());
        // the rollback was the commit's: JTS logs it (FINE) on the thread that had just done the registration
        String registering = threadsLogging(location + " registered as dataset").get(0);
        List<String> rollingBack = threadsLogging("Within TopCoordinator.rollback()");
        System.out.println("registered on " + registering + ", JTS rollbacks on " + rollingBack);
        assertTrue(rollingBack.contains(registering), "the delivery's own thread rolled its transaction back");
    }

    @Test
    void aMessageFailingAtCommitEveryTimeIsDeadLetteredNothingTwice() throws Exception {
        String sample = IngestProbe.unique("commitpoison");
        Path folder = probe.datasetFolder(sample, sample + "_0001");
        Path gate = Files.write(folder.resolve("a_gate.dat"), new byte[7]);
        Files.write(folder.resolve("b.dat"), new byte[5]);
        String location = probe.relative(folder);

        JsonObject letter;
        try (FileLeaseHold hold = FileLeaseHold.every(gate, HOLD)) {
            assertEquals(202, IngestProbe.postDataset(IngestProbe.datasetXml(folder, sample, ""), "application/xml")
                    .statusCode());
            hold.awaitHeld(PATIENCE);
            try {
                letter = awaitDeadLetter(location);
            } finally {
                diagnostics("every");
            }
        }
        IngestProbe.awaitQueueEmpty("icatIngest");
        System.out.println("dead letter: " + letter);
        assertFalse(letter.getString("reason", "").isBlank(), letter.toString());
        assertEquals(1, IngestProbe.datasetsAt(location), "the dataset once");
        long dataset = IngestProbe.awaitDataset(location);
        for (String name : List.of("a_gate.dat", "b.dat")) {
            assertEquals(1, IngestProbe.count("SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = " + dataset
                    + " AND df.name = '" + name + "'"), name + " registered once");
        }
        System.out.println("transaction lines: " + rollbackLines());
    }

    /** {@code asadmin set-log-levels logger=level} on the test domain (no admin password, as test.sh creates it). */
    private static void setLogLevel(String logger, String level) throws Exception {
        Path versions = Path.of(System.getenv().getOrDefault("BEAMCAT_HOME", "..")).resolve("var/payara");
        Path asadmin;
        try (java.util.stream.Stream<Path> homes = Files.list(versions)) {
            asadmin = homes.map(v -> v.resolve("payara6/bin/asadmin")).filter(Files::isExecutable).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no payara6/bin/asadmin under " + versions));
        }
        Process process = new ProcessBuilder(asadmin.toString(), "--port", System.getProperty("it.admin.port"),
                "--user", "admin", "--interactive=false", "set-log-levels", logger + "=" + level)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES), "asadmin finished");
        assertEquals(0, process.exitValue(), output);
    }

    /** The threads of the server log records since the test began whose message contains the text. */
    private List<String> threadsLogging(String text) throws IOException {
        List<String> all = domain.logLines(line -> true);
        List<String> threads = new java.util.ArrayList<>();
        String thread = "";
        for (String line : all.subList(Math.min(logMark, all.size()), all.size())) {
            int name = line.indexOf("_ThreadName=");
            if (name >= 0) {
                thread = line.substring(name + "_ThreadName=".length(), line.indexOf(']', name));
            }
            if (line.contains(text)) {
                threads.add(thread);
            }
        }
        return threads;
    }

    private List<String> rollbackLines() throws IOException {
        List<String> all = domain.logLines(line -> true);
        return all.subList(Math.min(logMark, all.size()), all.size()).stream()
                .filter(line -> {
                    String l = line.toLowerCase(Locale.ROOT);
                    return l.contains("timed out") || l.contains("timeout") || l.contains("rollback")
                            || l.contains("rolled back");
                }).toList();
    }

    private void diagnostics(String what) throws IOException {
        List<String> all = domain.logLines(line -> true);
        System.out.println("=== server log since the test began (" + what + ") ===");
        all.subList(Math.min(logMark, all.size()), all.size()).stream()
                .filter(line -> !line.isBlank())
                .map(line -> line.length() > 400 ? line.substring(0, 400) + "…" : line)
                .forEach(System.out::println);
    }

    private static JsonObject awaitDeadLetter(String location) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            java.util.Optional<JsonObject> letter = IngestProbe.deadLetter(location);
            if (letter.isPresent()) {
                return letter.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no dead letter for " + location + " after " + PATIENCE);
    }
}
