package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The test domain's embedded OpenMQ broker (port base + 76) administered as an operator would, with
 * Payara's own {@code imqcmd} (user admin, the domain's default broker password).
 */
final class OpenMqAdmin {

    private static final Pattern ACTUAL = Pattern.compile("Current Number of Messages\\s+Actual\\s+(\\d+)");

    private OpenMqAdmin() {
    }

    /** {@code imqcmd update dst -t q -n queue -o p=v …}. */
    static void updateQueue(String queue, String... properties) throws Exception {
        List<String> args = new ArrayList<>(List.of("update", "dst", "-t", "q", "-n", queue, "-f"));
        for (String property : properties) {
            args.add("-o");
            args.add(property);
        }
        String output = run(args);
        assertTrue(output.contains("Successfully updated the destination"), output);
    }

    /** The number of messages the queue holds now. */
    static long messages(String queue) throws Exception {
        String output = run(List.of("query", "dst", "-t", "q", "-n", queue));
        Matcher matcher = ACTUAL.matcher(output);
        assertTrue(matcher.find(), output);
        return Long.parseLong(matcher.group(1));
    }

    private static String run(List<String> args) throws Exception {
        int brokerPort = Integer.parseInt(System.getProperty("it.http.port", "28080")) - 80 + 76;
        Path passfile = Files.createTempFile("imqcmd", ".pass");
        try {
            Files.writeString(passfile, "imq.imqcmd.password=admin\n");
            List<String> command = new ArrayList<>(List.of(imqcmd().toString(), "-b", "localhost:" + brokerPort,
                    "-u", "admin", "-passfile", passfile.toString()));
            command.addAll(args);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "imqcmd finished");
            assertEquals(0, process.exitValue(), output);
            return output;
        } finally {
            Files.deleteIfExists(passfile);
        }
    }

    private static Path imqcmd() throws Exception {
        Path versions = Path.of(System.getenv().getOrDefault("BEAMCAT_HOME", "..")).resolve("var/payara");
        try (Stream<Path> homes = Files.list(versions)) {
            return homes.map(v -> v.resolve("payara6/mq/bin/imqcmd")).filter(Files::isExecutable).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no mq/bin/imqcmd under " + versions));
        }
    }
}
