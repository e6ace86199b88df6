package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The DOI service's pages in a real browser (headless chromium): the web theme's stylesheet loads (200) and
 * is applied on the front page, on landing pages of every kind ({@link DoiLandingFixture}) and on the error
 * pages, at desktop and phone widths, with screenshots saved beside the test reports. Error pages for every
 * status the DOI service can answer are its own (never the container's), and keyboard users get a skip
 * link and a visible focus ring.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class LandingPageBrowserIT extends DeployedBeamCat {

    /** The header's background, --bc-brand in beamcat.css: proof that the stylesheet is applied. */
    private static final String BRAND = "rgba(13, 59, 102, 1)";
    private static final String STYLESHEET = "beamcat.css";

    @RegisterExtension
    static final DoiLandingFixturePerClass FIXTURE = new DoiLandingFixturePerClass();

    /** The page has the theme: stylesheet loaded with 200, header in the brand colour, nothing wider than the window. */
    private static void assertThemed(Browser browser) {
        assertEquals(200, browser.resourceStatus(STYLESHEET), "the stylesheet of " + browser.currentUrl());
        assertEquals(BRAND, browser.find(By.cssSelector("header.bc-header")).getCssValue("background-color"),
                "the theme is applied on " + browser.currentUrl());
        assertNoSidewaysScrolling(browser);
    }

    private static void assertNoSidewaysScrolling(Browser browser) {
        Object overflow = browser.script("return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(((Number) overflow).intValue() <= 0, "the page is wider than the window: " + overflow + " px");
    }

    @Test
    void theFrontPageIsThemedAndKeyboardUsable(Browser browser) throws Exception {
        Http.awaitStatus("/doi/", 200, Duration.ofSeconds(30));
        browser.open("/doi/");
        assertEquals(200, browser.pageStatus());
        assertThemed(browser);

        WebElement skip = browser.tab();
        assertEquals("Skip to the content", skip.getText(), "the first Tab reaches the skip link");
        assertTrue(skip.getLocation().getY() >= 0, "the skip link shows when focused");
        assertEquals("solid", skip.getCssValue("outline-style"), "a focus ring");
        WebElement brand = browser.tab();
        assertEquals("brand", brand.getAttribute("id"));
        assertEquals("solid", brand.getCssValue("outline-style"), "a focus ring on the header's links too");
        browser.screenshot("home");
    }

    @Test
    void anOpenLandingPageIsThemedAtEveryWidth(Browser browser) throws Exception {
        DoiLandingFixture f = FIXTURE.get();
        browser.open("/doi/" + f.openDoi);
        assertEquals(200, browser.pageStatus());
        assertThemed(browser);
        WebElement open = browser.byId("open");
        assertTrue(open.getAttribute("class").contains("bc-notice-success"), open.getAttribute("class"));
        assertEquals("4px", open.getCssValue("border-left-width"), "the notice is styled");
        assertEquals("right", browser.find(By.cssSelector("td.number.files")).getCssValue("text-align"));
        browser.screenshot("landing-open");

        browser.resize(390, 844);
        browser.open("/doi/" + f.openDoi);
        assertNoSidewaysScrolling(browser);
        browser.screenshot("landing-open-narrow");
    }

    @Test
    void embargoedWithdrawnAndPagedLandingPagesAreThemed(Browser browser) throws Exception {
        DoiLandingFixture f = FIXTURE.get();
        browser.open("/doi/" + f.embargoedDoi);
        assertThemed(browser);
        assertTrue(browser.byId("embargo").getAttribute("class").contains("bc-notice-warning"));
        browser.screenshot("landing-embargoed");

        browser.open("/doi/" + f.withdrawnDoi);
        assertEquals(410, browser.pageStatus(), "the tombstone");
        assertThemed(browser);
        assertTrue(browser.byId("tombstone").getAttribute("class").contains("bc-notice-error"));
        browser.screenshot("landing-withdrawn");

        browser.open("/doi/" + f.collectionDoi + "?page=2");
        assertThemed(browser);
        assertEquals(50, browser.findAll(By.cssSelector("#datasets tr.dataset")).size());
        browser.byId("next-page").click();
        assertTrue(browser.currentUrl().endsWith("?page=3"), browser.currentUrl());
        browser.screenshot("landing-collection-page-3");
    }

    @Test
    void anUnknownDoiIsTheServicesOwnThemedNotFoundPage(Browser browser) throws Exception {
        Http.awaitStatus("/doi/", 200, Duration.ofSeconds(30));
        browser.open("/doi/10.5072/BEAMCAT-NO-SUCH-DOI");
        assertEquals(404, browser.pageStatus());
        assertThemed(browser);
        assertEquals("DOI not found", browser.find(By.tagName("h1")).getText());
        browser.screenshot("error-404");
    }

    /**
     * The statuses a browser can meet that no Faces page answers: the error servlet's themed page (with the
     * stylesheet as a static file of the WAR), for a method a servlet does not take (405), an unknown method
     * (501) and a direct call of the error page (404); never the container's page.
     */
    @Test
    void otherErrorsAreThemedPagesNeverTheContainers(Browser browser) throws Exception {
        Http.awaitStatus("/doi/", 200, Duration.ofSeconds(30));
        HttpResponse<String> post = Http.post("/doi/download/10.5072/BEAMCAT-ES-1", "x=1");
        assertOwnPage(post, 405, "Method not allowed");
        assertOwnPage(Http.request("FOO", "/doi/download/10.5072/BEAMCAT-ES-1", null), 501, "Not implemented");
        assertOwnPage(Http.get("/doi/error-page"), 404, "Page not found");
        assertEquals(200, Http.get("/doi/beamcat/beamcat.css").statusCode(), "the stylesheet as a static file");

        browser.open("/doi/error-page");
        assertEquals(404, browser.pageStatus());
        assertThemed(browser);
        assertEquals("Page not found", browser.find(By.tagName("h1")).getText());
        browser.screenshot("error-page");
    }

    private static void assertOwnPage(HttpResponse<String> page, int status, String title) {
        assertEquals(status, page.statusCode(), page.body());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.headers().toString());
        assertTrue(page.body().contains("<h1>" + title + "</h1>"), page.body());
        assertTrue(page.body().contains("/doi/beamcat/beamcat.css"), page.body());
        assertTrue(page.headers().firstValue("X-Request-Id").isPresent(), page.headers().toString());
        for (String leak : new String[] {"Payara", "GlassFish", "Exception", "\tat "}) {
            assertFalse(page.body().contains(leak), "'" + leak + "' in " + page.body());
        }
    }
}
