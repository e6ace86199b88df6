package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.openqa.selenium.By;

/**
 * The browser harness itself, without a deployment: a page on disk, opened in Debian's chromium through
 * Debian's chromedriver. It tabs as a keyboard user, saves named full-page screenshots as PNG where the test
 * reports are, leaves the last page of a failing test, and quits its driver in every case.
 */
@ExtendWith(BrowserExtension.class)
class BrowserHarnessIT {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    static Path pages;

    private static Path page(String name, String body) throws IOException {
        return Files.writeString(pages.resolve(name), "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>" + name + "</title></head><body>" + body + "</body></html>");
    }

    @Test
    void tabsThroughAPageAndSavesAFullPageScreenshot(Browser browser) throws IOException {
        Path tall = page("tall.html", "<a id=\"first\" href=\"#a\">first</a> <label for=\"name\">Name</label>"
                + "<input id=\"name\"> <button id=\"go\">Go</button><div style=\"height:2500px\"></div><p>end</p>");
        browser.open(tall.toUri().toString());

        assertEquals("first", browser.tab().getAttribute("id"));
        assertEquals("name", browser.tab().getAttribute("id"));
        browser.type("Ada");
        assertEquals("go", browser.tab().getAttribute("id"));
        assertEquals("name", browser.tab(true).getAttribute("id"), "Shift+Tab goes back");
        assertEquals("Ada", browser.find(By.id("name")).getDomProperty("value"));

        Path png = browser.screenshot("tall page");
        assertEquals(Browser.SCREENSHOTS.resolve("BrowserHarnessIT-tall_page.png").toAbsolutePath(), png);
        int[] size = pngSize(png);
        assertEquals(1280, size[0], "the window's width");
        assertTrue(size[1] > 2500, "the whole page, not only the 900 px window: " + size[1]);
        assertEquals(900, browser.driver().manage().window().getSize().height, "the window is as before");
    }

    @Test
    void aFailingBrowserTestLeavesItsLastPageAndQuitsTheDriver() throws IOException, InterruptedException {
        Path failed = Browser.SCREENSHOTS.resolve("FailingBrowserTest-endsOnAPage-FAILED.png");
        Files.deleteIfExists(failed);
        FailingBrowserTest.page = page("failing.html", "<h1>The page a test failed on</h1>");

        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(FailingBrowserTest.class))
                .execute().testEvents();

        tests.assertStatistics(stats -> stats.started(1).failed(1));
        assertTrue(Files.exists(failed), failed + " saved");
        assertEquals(List.of(), driversStillRunning(), "the extension quit chromedriver");
    }

    /** Run only through the test kit above (failsafe skips nested classes): a browser test that fails. */
    @ExtendWith(BrowserExtension.class)
    static class FailingBrowserTest {
        static Path page;

        @Test
        void endsOnAPage(Browser browser) {
            browser.open(page.toUri().toString());
            throw new AssertionError("failing on purpose, to leave a screenshot");
        }
    }

    /** chromedriver or chromium processes of this JVM, after giving a quitting driver 10 s to end. */
    private static List<String> driversStillRunning() throws InterruptedException {
        for (int i = 0; i < 20 && !browserProcesses().isEmpty(); i++) {
            Thread.sleep(500);
        }
        return browserProcesses();
    }

    private static List<String> browserProcesses() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .map(p -> p.info().command().orElse(""))
                .filter(command -> command.contains("chromedriver") || command.contains("chromium"))
                .toList();
    }

    /** Width and height from the PNG's IHDR chunk, after checking the signature. */
    private static int[] pngSize(Path png) throws IOException {
        try (InputStream in = Files.newInputStream(png); DataInputStream data = new DataInputStream(in)) {
            byte[] signature = data.readNBytes(8);
            assertTrue(java.util.Arrays.equals(PNG_SIGNATURE, signature), png + " is a PNG");
            data.readInt();  // chunk length
            data.readInt();  // "IHDR"
            return new int[] {data.readInt(), data.readInt()};
        }
    }
}
