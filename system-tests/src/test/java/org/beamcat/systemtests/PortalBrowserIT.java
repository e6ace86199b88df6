package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The data portal in headless Chromium, as a person uses it: a demo member logs in, opens her investigations, an
 * investigation (with its session DOI linking to the landing page), a dataset, searches from the header and
 * narrows by a facet, and logs out; a guest browses public data. Screenshots of the main pages are saved with
 * the test reports (docs/portal.md).
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class PortalBrowserIT extends DeployedPortal {

    private static void waitForPath(Browser browser, String path) {
        browser.waitUntil(d -> d.getCurrentUrl().contains(path), 30);
    }

    @Test
    void aMemberBrowsesSearchesAndLogsOut(Browser browser) throws Exception {
        PortalFixture f = fixture();
        browser.open("/");
        waitForPath(browser, "/login.xhtml");
        assertEquals(200, browser.resourceStatus("beamcat.css"));
        browser.screenshot("login");

        browser.byId("login-simple:username").sendKeys("alice");
        browser.byId("login-simple:password").sendKeys("alice");
        browser.byId("login-simple:login-button").click();
        waitForPath(browser, "/investigations.xhtml");
        assertEquals("My investigations", browser.byId("heading").getText());
        assertEquals("page", browser.byId("nav-mine").getAttribute("aria-current"));
        String list = browser.byId("investigations").getText();
        assertTrue(list.contains("MA-4321") && list.contains(f.aliceProposal), list);
        assertFalse(list.contains("ES-1234"), list);
        assertFalse(browser.currentUrl().toLowerCase().contains("session"), browser.currentUrl());
        browser.screenshot("my-investigations");
        browser.resize(400, 900).screenshot("my-investigations-narrow");
        browser.resize(1280, 900);

        browser.find(By.linkText(f.aliceProposal)).click();
        waitForPath(browser, "/investigation.xhtml");
        WebElement doi = browser.byId("doi-link");
        assertTrue(doi.getAttribute("href").endsWith("/doi/10.5072/PORTAL-A-" + f.run), doi.getAttribute("href"));
        assertTrue(browser.byId("datasets").getText().contains("portal_scan_001"));
        assertEquals(25, browser.findAll(By.cssSelector("#datasets tbody tr")).size());
        browser.screenshot("investigation");

        browser.find(By.linkText("portal_scan_001")).click();
        waitForPath(browser, "/dataset.xhtml");
        String files = browser.byId("datafiles").getText();
        assertTrue(files.contains("a.h5") && files.contains("b.h5"), files);
        assertTrue(browser.byId("storage-state").getText().matches("ONLINE|ARCHIVED|RESTORING|UNKNOWN"));
        browser.screenshot("dataset");

        browser.byId("q").sendKeys("Ti64");
        browser.byId("search-go").click();
        waitForPath(browser, "/search.xhtml");
        new Select(browser.byId("search-target")).selectByValue("dataset");
        browser.byId("search-submit").click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("target=dataset"), 30);
        assertTrue(browser.byId("total").getText().startsWith("3 datasets"), browser.byId("total").getText());
        browser.find(By.cssSelector("a.facet-value[data-facet='type'][data-value='processed']")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("type=processed"), 30);
        assertTrue(browser.byId("total").getText().startsWith("1 datasets"), browser.byId("total").getText());
        List<WebElement> hits = browser.findAll(By.cssSelector(".hit-link"));
        assertEquals(1, hits.size());
        assertEquals("Ti64_as_built_0001_integrated", hits.get(0).getText());
        browser.screenshot("search-with-facet");
        hits.get(0).click();
        waitForPath(browser, "/dataset.xhtml");

        browser.byId("logout:logout-button").click();
        waitForPath(browser, "/login.xhtml");
        assertTrue(browser.byId("logged-out").isDisplayed());
        browser.open("/investigations.xhtml");
        waitForPath(browser, "/login.xhtml");
    }

    @Test
    void aGuestBrowsesPublicData(Browser browser) throws Exception {
        PortalFixture f = fixture();
        browser.open("/login.xhtml");
        browser.byId("anonymous:browse-public").click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("scope=public"), 30);
        assertEquals("Public data", browser.byId("heading").getText());
        assertTrue(browser.byId("investigations").getText().contains(f.openProposal));
        assertTrue(browser.findAll(By.id("nav-mine")).isEmpty(), "a guest has no data of their own");
        browser.screenshot("public-data");
        browser.find(By.linkText(f.openProposal)).click();
        waitForPath(browser, "/investigation.xhtml");
        browser.find(By.linkText("open_scan")).click();
        waitForPath(browser, "/dataset.xhtml");
        assertTrue(browser.byId("datafiles").getText().contains("open.h5"));
        browser.screenshot("public-dataset");
    }
}
