package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an administrator gets from the scripts when they ask for something wrong: a clear message and a
 * failing exit status, before anything is changed. {@code ASADMIN=/bin/false} makes sure no script gets
 * as far as talking to a domain.
 */
class ScriptFailuresTest {

    private static final Path CHECKOUT = Path.of("..").toAbsolutePath().normalize();

    private record Outcome(int exitCode, String output) {
    }

    private static Outcome run(Map<String, String> environment, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(CHECKOUT.toFile()).redirectErrorStream(true);
        builder.environment().put("ASADMIN", "/bin/false");
        builder.environment().put("BEAMCAT_SKIP_BUILD", "1");
        builder.environment().putAll(environment);
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + List.of(command));
        }
        return new Outcome(process.exitValue(), output);
    }

    private static void assertFailsSaying(Outcome outcome, String message) {
        assertNotEquals(0, outcome.exitCode(), outcome.output());
        assertTrue(outcome.output().contains(message), outcome.output());
    }

    @Test
    void runRejectsUnknownActions() throws Exception {
        assertFailsSaying(run(Map.of(), "./run.sh", "frobnicate"), "usage: ./run.sh [start|stop|status|restart]");
    }

    @Test
    void runRejectsUnknownDatabaseBeforeDoingAnything(@TempDir Path dataRoot) throws Exception {
        Path wanted = dataRoot.resolve("must-not-be-created");
        Outcome outcome = run(Map.of("BEAMCAT_DB", "oracle", "BEAMCAT_DATA_ROOT", wanted.toString()), "./run.sh");
        assertFailsSaying(outcome, "BEAMCAT_DB must be h2 or postgresql, not 'oracle'");
        assertFalse(Files.exists(wanted), "nothing may be created when the request is refused");
    }

    @Test
    void runRefusesAnArchiveFolderInsideTheDataRootBeforeDoingAnything(@TempDir Path folder) throws Exception {
        Path data = folder.resolve("data");
        Outcome outcome = run(Map.of("BEAMCAT_DATA_ROOT", data.toString(),
                "BEAMCAT_ARCHIVE_ROOT", data.resolve("archive").toString()), "./run.sh");
        assertFailsSaying(outcome, "the archive root " + data.resolve("archive") + " lies inside the data root " + data);
        assertFalse(Files.exists(data), "nothing may be created when the request is refused");
        outcome = run(Map.of("BEAMCAT_DATA_ROOT", data.resolve("visitor").toString(),
                "BEAMCAT_ARCHIVE_ROOT", data.toString()), "./run.sh");
        assertFailsSaying(outcome, "the data root " + data.resolve("visitor") + " lies inside the archive root " + data);
        assertFalse(Files.exists(data), "nothing may be created when the request is refused");
    }

    @Test
    void runRefusesATwoLevelIdsWithoutAReaderAccountBeforeDoingAnything(@TempDir Path folder) throws Exception {
        Path archive = folder.resolve("archive");
        Outcome outcome = run(Map.of("BEAMCAT_DATA_ROOT", folder.resolve("data").toString(),
                "BEAMCAT_ARCHIVE_ROOT", archive.toString(), "BEAMCAT_ICAT_SIMPLE_USERS", "carol:plain:carol"), "./run.sh");
        assertFailsSaying(outcome, "BEAMCAT_ARCHIVE_ROOT (two-level IDS) needs the IDS reader account");
        assertFalse(Files.exists(archive), "nothing may be created when the request is refused");
    }

    @Test
    void settingsNeedADataRoot() throws Exception {
        assertFailsSaying(run(Map.of("BEAMCAT_DATA_ROOT", ""), "glassfish-config/scripts/configure-properties.sh"),
                "BEAMCAT_DATA_ROOT must name the data root folder");
    }

    @Test
    void databaseScriptRejectsUnknownDatabase() throws Exception {
        assertFailsSaying(run(Map.of("BEAMCAT_DB", "mysql"), "glassfish-config/scripts/configure-database.sh"),
                "BEAMCAT_DB must be h2 or postgresql, not 'mysql'");
    }

    @Test
    void stompScriptRejectsAPortThatIsNotOne() throws Exception {
        assertFailsSaying(run(Map.of("BEAMCAT_STOMP_PORT", "stomp"), "glassfish-config/scripts/configure-stomp.sh"),
                "BEAMCAT_STOMP_PORT must be a TCP port number or off, not 'stomp'");
        assertFailsSaying(run(Map.of("BEAMCAT_STOMP_PORT", "70000"), "glassfish-config/scripts/configure-stomp.sh"),
                "not '70000'");
    }

    @Test
    void httpScriptRejectsPoolAndHeaderSizesOutOfRange() throws Exception {
        assertFailsSaying(run(Map.of("BEAMCAT_HTTP_THREADS", "5"), "glassfish-config/scripts/configure-http.sh"),
                "BEAMCAT_HTTP_THREADS must be a number from 16 to 4096");
        assertFailsSaying(run(Map.of("BEAMCAT_HTTP_HEADER_BYTES", "4096"), "glassfish-config/scripts/configure-http.sh"),
                "BEAMCAT_HTTP_HEADER_BYTES must be a number from 8192 to 1048576, not '4096'");
    }

    @Test
    void brokerUsersScriptNeedsAProducerAccountBeforeChangingAnything(@TempDir Path domains) throws Exception {
        java.nio.file.Files.createDirectories(domains.resolve("d"));
        String script = "glassfish-config/scripts/configure-broker-users.sh";
        assertFailsSaying(run(Map.of("BEAMCAT_JMS_PRODUCER_USER", "", "BEAMCAT_JMS_PRODUCER_PASSWORD", "x"), script, "d",
                domains.toString()), "BEAMCAT_JMS_PRODUCER_USER must be a broker user name");
        assertFailsSaying(run(Map.of("BEAMCAT_JMS_PRODUCER_USER", "a:b", "BEAMCAT_JMS_PRODUCER_PASSWORD", "x"), script,
                "d", domains.toString()), "BEAMCAT_JMS_PRODUCER_USER must be a broker user name");
        assertFailsSaying(run(Map.of("BEAMCAT_JMS_PRODUCER_USER", "producer", "BEAMCAT_JMS_PRODUCER_PASSWORD", ""), script,
                "d", domains.toString()), "BEAMCAT_JMS_PRODUCER_PASSWORD must be 1 to 128 characters");
        assertFailsSaying(run(Map.of("BEAMCAT_JMS_PRODUCER_USER", "producer", "BEAMCAT_JMS_PRODUCER_PASSWORD", "x"), script,
                "nosuch", domains.toString()), "no domain nosuch in '" + domains + "'");
    }

    @Test
    void httpScriptRefusesALocalDomainThatIsNotThere(@TempDir Path domains) throws Exception {
        // the domain it would restart after a change must exist, or a typo would leave a changed listener unchecked
        assertFailsSaying(run(Map.of(), "glassfish-config/scripts/configure-http.sh", "nosuch", domains.toString()),
                "no domain nosuch in '" + domains + "'");
    }

    @Test
    void testAndBenchRefuseAPortBaseInTheEphemeralRange() throws Exception {
        // readAllLines, not readString: /proc files report size 0 and readString stops after one read.
        String[] range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim()
                .split("\\s+");
        int low = Integer.parseInt(range[0]);
        String inside = String.valueOf((low + 1000) / 10 * 10);
        assertFailsSaying(run(Map.of("BEAMCAT_IT_PORT_BASE", inside), "./test.sh"),
                "BEAMCAT_IT_PORT_BASE=" + inside + " overlaps the ephemeral port range");
        assertFailsSaying(run(Map.of("BEAMCAT_BENCH_PORT_BASE", inside), "bench/run.sh", "down"),
                "BEAMCAT_BENCH_PORT_BASE=" + inside + " overlaps the ephemeral port range");
        assertFailsSaying(run(Map.of("BEAMCAT_BENCH_PORT_BASE", "2500"), "bench/run.sh", "down"),
                "BEAMCAT_BENCH_PORT_BASE must be a multiple of 10 between 10000 and 59990, not '2500'");
    }

    @Test
    void deployNamesAMissingArchive(@TempDir Path empty) throws Exception {
        String missing = empty.resolve("icat-server.war").toString();
        assertFailsSaying(run(Map.of(), "glassfish-config/scripts/deploy.sh", missing, missing),
                missing + " not found: build first");
    }

    @Test
    void scriptsRefuseAnAsadminThatIsNotThere() throws Exception {
        assertFailsSaying(run(Map.of("ASADMIN", "/nonexistent/asadmin", "BEAMCAT_DATA_ROOT", "/tmp"),
                "glassfish-config/scripts/configure-properties.sh"), "Payara is not unpacked");
    }
}
