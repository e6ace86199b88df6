package org.beamcat.systemtests;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Debian's chromium, headless, as a crawler renders a page: the DOM after parsing (and any scripts). */
final class HeadlessChromium {

    private HeadlessChromium() {
    }

    static boolean installed() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "chromium"))) {
                return true;
            }
        }
        return false;
    }

    /** The rendered DOM of the URL (whatever its HTTP status: a 404 or 410 page is rendered too). */
    static String dumpDom(String url) throws Exception {
        Path profile = Files.createTempDirectory("beamcat-chromium");
        Path dom = Files.createTempFile("beamcat-dom", ".html");
        Process chromium = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--dump-dom", url)
                .redirectOutput(dom.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!chromium.waitFor(90, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            throw new AssertionError("chromium did not finish within 90 s");
        }
        return Files.readString(dom, StandardCharsets.UTF_8);
    }
}
