package org.beamcat.systemtests;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.beamcat.demo.DemoLoaderMain;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.IcatException;
import picocli.CommandLine;

/** The demo facility, loaded once through the public API exactly as run.sh loads it, and its users' sessions. */
final class DemoCatalogueFixture {

    static final IcatClient ICAT = IcatClient.create(Http.BASE, Duration.ofSeconds(60));

    private static boolean loaded;

    private DemoCatalogueFixture() {
    }

    /** Runs the demo loader; returns its exit code (0 when the facility is there afterwards). */
    static int runLoader() throws IOException {
        String dataRoot = System.getProperty("it.data.root");
        Path root = dataRoot != null ? Path.of(dataRoot) : Files.createTempDirectory("beamcat-demo");
        return new CommandLine(new DemoLoaderMain()).execute("--icat-url", URI.create(Http.BASE.toString()).toString(),
                "--data-root", root.toString());
    }

    static synchronized void ensureLoaded() throws Exception {
        if (!loaded) {
            Http.awaitStatus("/icat/version", 200, Duration.ofSeconds(30));
            if (runLoader() != 0) {
                throw new IllegalStateException("the demo loader failed; see the test output");
            }
            loaded = true;
        }
    }

    static String login(String user) throws IcatException {
        return ICAT.login("simple", Map.of("username", user, "password", user));
    }
}
