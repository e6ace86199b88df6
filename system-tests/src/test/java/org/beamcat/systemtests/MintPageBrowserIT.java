package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.beamcat.icat.client.EntityRef;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The data-collection mint page in a real browser, as a keyboard user and as anyone: every control is reached
 * with Tab and has a label, the focus is visible, an invalid submission shows each message tied to its field
 * (aria-describedby, aria-invalid) under a notice that alerts, a valid one mints the DOI as before (offline
 * registrar) and its landing page opens; a form sent after its session ended gets the themed "page has
 * expired" page, not a 500. Screenshots of each state are saved with the test reports.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class MintPageBrowserIT extends DeployedBeamCat {

    private static final String PAGE = "/doi/mint-collection.xhtml";
    private static final String VALID_ORCID = "0000-0002-9183-7206";
    private static long collectionsBefore = Long.MAX_VALUE;

    @BeforeEach
    void demoFacility() throws Exception {
        DemoCatalogueFixture.ensureLoaded();
        Http.awaitStatus("/doi/", 200, Duration.ofSeconds(30));
        synchronized (MintPageBrowserIT.class) {
            if (collectionsBefore == Long.MAX_VALUE) {
                JsonArray max = DemoCatalogueFixture.ICAT.search(DemoCatalogueFixture.login("root"),
                        "SELECT MAX(dc.id) FROM DataCollection dc");
                collectionsBefore = max.isNull(0) ? 0 : max.getJsonNumber(0).longValue();
            }
        }
    }

    /** The collections this class minted are deleted: other classes share the catalogue. */
    @AfterAll
    static void deleteCollections() throws Exception {
        if (collectionsBefore == Long.MAX_VALUE) {
            return;
        }
        String root = DemoCatalogueFixture.login("root");
        List<EntityRef> written = new ArrayList<>();
        for (JsonValue id : DemoCatalogueFixture.ICAT.search(root,
                "SELECT dc.id FROM DataCollection dc WHERE dc.id > " + collectionsBefore)) {
            written.add(new EntityRef("DataCollection", ((JsonNumber) id).longValue()));
        }
        if (!written.isEmpty()) {
            DemoCatalogueFixture.ICAT.delete(root, written);
        }
    }

    private static long investigationId(String name) throws Exception {
        return DemoCatalogueFixture.ICAT.search(DemoCatalogueFixture.login("root"),
                "SELECT i.id FROM Investigation i WHERE i.name = '" + name + "'").getJsonNumber(0).longValue();
    }

    /** Presses Tab until the element with this id has the focus (at most 60 times), and returns it. */
    private static WebElement tabTo(Browser browser, String id, List<String> passed) {
        for (int i = 0; i < 60; i++) {
            WebElement focused = browser.tab();
            passed.add(focused.getAttribute("id"));
            if (id.equals(focused.getAttribute("id"))) {
                return focused;
            }
        }
        throw new AssertionError("Tab never reached " + id + "; the focus went through " + passed);
    }

    /** The text of the labels of a form control (the browser's own association: for= or wrapping). */
    private static String labelOf(Browser browser, WebElement control) {
        Object text = browser.script("const l = arguments[0].labels;"
                + " return l && l.length ? Array.from(l).map(x => x.textContent.trim()).join(' ') : '';", control);
        return String.valueOf(text);
    }

    /** Tabs to the control, checks its label and its focus ring, and types into it (keyboard only). */
    private static void typeInto(Browser browser, String id, String label, String text, List<String> passed) {
        WebElement field = tabTo(browser, id, passed);
        assertEquals(label, labelOf(browser, field), "the label of " + id);
        assertEquals("solid", field.getCssValue("outline-style"), "a visible focus ring on " + id);
        browser.type(text);
    }

    private static void logInWithTheKeyboard(Browser browser, String user) {
        browser.open(PAGE);
        List<String> passed = new ArrayList<>();
        WebElement plugin = tabTo(browser, "login:plugin", passed);
        assertEquals("Login method", labelOf(browser, plugin));
        // The page proposes "simple"; WebElement.clear() would also take the focus away, so it is kept as it is.
        assertEquals("simple", plugin.getDomProperty("value"));
        typeInto(browser, "login:username", "User name", user, passed);
        typeInto(browser, "login:password", "Password", user, passed);
        assertEquals("login:submit", tabTo(browser, "login:submit", passed).getAttribute("id"));
        browser.type(Keys.ENTER);
        browser.waitUntil(d -> !d.findElements(By.id("user")).isEmpty(), 60);
        assertEquals("simple/" + user, browser.byId("user").getText());
    }

    @Test
    void aKeyboardUserReachesEveryFieldByItsLabelAndMints(Browser browser) throws Exception {
        logInWithTheKeyboard(browser, "alice");
        String ma = Long.toString(investigationId("MA-4321"));

        List<String> passed = new ArrayList<>();
        WebElement investigation = tabTo(browser, "mint:investigation", passed);
        assertEquals("Investigation", labelOf(browser, investigation));
        assertFalse(passed.contains("mint:keep"), "the default button is out of the tab order: " + passed);
        assertTrue(passed.contains("mint:investigation-filter") && passed.contains("mint:filter-investigations"), passed.toString());
        browser.type("MA-4321");
        assertEquals(ma, new Select(investigation).getFirstSelectedOption().getAttribute("value"), "type-ahead chose MA-4321");
        tabTo(browser, "mint:show-datasets", passed);
        browser.type(Keys.ENTER);
        browser.waitUntil(d -> !d.findElements(By.id("dataset-total")).isEmpty(), 60);

        passed.clear();
        WebElement first = tabTo(browser, "mint:datasets:0", passed);
        assertFalse(labelOf(browser, first).isBlank(), "each dataset's checkbox is labelled with its name");
        browser.type(Keys.SPACE);
        assertTrue(first.isSelected(), "Space ticks the focused dataset");
        assertReferencesResolve(browser);
        typeInto(browser, "mint:title", "Title", "Keyboard-minted collection", passed);
        typeInto(browser, "mint:abstract", "Abstract", "Minted by a keyboard user, with no mouse.", passed);
        typeInto(browser, "mint:authors:0:given", "Given name", "Ada", passed);
        typeInto(browser, "mint:authors:0:family", "Family name", "Keyboard", passed);
        typeInto(browser, "mint:authors:0:orcid", "ORCID iD (optional)", VALID_ORCID, passed);
        typeInto(browser, "mint:authors:0:affiliation", "Affiliation (optional)", "ESRF", passed);
        tabTo(browser, "mint:add-author", passed);
        WebElement submit = tabTo(browser, "mint:submit", passed);
        assertEquals("Mint the DOI", submit.getAttribute("value"));
        browser.screenshot("mint-filled");
        browser.type(Keys.ENTER);

        browser.waitUntil(d -> !d.findElements(By.id("minted-doi")).isEmpty(), 90);
        String doi = browser.byId("minted-doi").getText();
        assertTrue(doi.startsWith("10.5072/"), doi);
        assertEquals(200, browser.resourceStatus("beamcat.css"));
        browser.screenshot("mint-done");

        browser.find(By.cssSelector("#minted a")).click();
        browser.waitUntil(d -> d.findElements(By.id("title")).size() == 1, 60);
        assertEquals("Keyboard-minted collection", browser.byId("title").getText());
        browser.screenshot("landing-of-minted-collection");
    }

    @Test
    void anInvalidSubmissionTiesEachMessageToItsField(Browser browser) throws Exception {
        logInWithTheKeyboard(browser, "alice");
        String ma = Long.toString(investigationId("MA-4321"));
        new Select(browser.byId("mint:investigation")).selectByValue(ma);
        browser.byId("mint:show-datasets").click();
        browser.waitUntil(d -> !d.findElements(By.id("dataset-total")).isEmpty(), 60);
        // No dataset, no title, an abstract, a family name and a broken ORCID iD.
        browser.byId("mint:abstract").sendKeys("An abstract.");
        browser.byId("mint:authors:0:family").sendKeys("Curie");
        browser.byId("mint:authors:0:orcid").sendKeys("1234");
        browser.byId("mint:submit").click();
        browser.waitUntil(d -> !d.findElements(By.id("mint:problems")).isEmpty(), 60);

        assertEquals("alert", browser.byId("mint:problems").getAttribute("role"), "the problems are announced");
        assertTiedError(browser, "mint:title", "mint:error-title", "Enter a title.");
        assertTiedError(browser, "mint:authors:0:orcid", "mint:authors:0:error-orcid", "not a valid ORCID");
        assertTiedError(browser, "mint:datasets", "mint:error-datasets", "Select at least one dataset.");
        assertEquals("false", browser.byId("mint:abstract").getAttribute("aria-invalid"), "a correct field is not marked");
        assertEquals("abstract-hint", browser.byId("mint:abstract").getAttribute("aria-describedby"));
        assertEquals("false", browser.byId("mint:authors:0:family").getAttribute("aria-invalid"));
        assertTrue(browser.findAll(By.id("minted-doi")).isEmpty(), "nothing minted");
        assertEquals("An abstract.", browser.byId("mint:abstract").getDomProperty("value"), "what was typed is kept");
        assertReferencesResolve(browser);
        browser.screenshot("mint-invalid");

        // Enter in a text field is the harmless default button: no DOI, nothing lost, the problems still shown.
        browser.byId("mint:title").sendKeys("Now with a title", Keys.ENTER);
        browser.waitUntil(d -> "Now with a title".equals(d.findElement(By.id("mint:title")).getDomProperty("value"))
                && d.findElements(By.id("mint:error-title")).isEmpty(), 60);
        assertTrue(browser.findAll(By.id("minted-doi")).isEmpty(), "Enter did not mint");
        assertEquals("An abstract.", browser.byId("mint:abstract").getDomProperty("value"));
    }

    /** Every id named by an aria-describedby or aria-labelledby on the page is there (no dangling reference). */
    private static void assertReferencesResolve(Browser browser) {
        Object missing = browser.script("return Array.from(document.querySelectorAll('[aria-describedby],[aria-labelledby]'))"
                + ".flatMap(e => ((e.getAttribute('aria-describedby') || '') + ' ' + (e.getAttribute('aria-labelledby') || ''))"
                + ".split(/\\s+/).filter(id => id && !document.getElementById(id)).map(id => e.id + ' -> ' + id));");
        assertEquals(List.of(), missing, "references to no element");
    }

    /** The control says it is invalid and is described by its message, which says what is wrong. */
    private static void assertTiedError(Browser browser, String controlId, String errorId, String message) {
        WebElement control = browser.byId(controlId);
        List<String> describedBy = Arrays.asList(String.valueOf(control.getAttribute("aria-describedby")).split(" "));
        assertTrue(describedBy.contains(errorId), controlId + " is described by " + describedBy);
        WebElement error = browser.byId(errorId);
        assertTrue(error.isDisplayed(), errorId + " is shown");
        assertTrue(error.getText().contains(message), errorId + ": " + error.getText());
        assertTrue(error.getAttribute("class").contains("bc-error"), error.getAttribute("class"));
        if (!"mint:datasets".equals(controlId)) {
            assertEquals("true", control.getAttribute("aria-invalid"), controlId);
        }
    }

    @Test
    void aFormSentAfterItsSessionEndedGetsTheExpiredPage(Browser browser) throws Exception {
        browser.open(PAGE);
        // The session ends as when it times out: the browser no longer has it, by cookie or in the form's URL.
        browser.driver().manage().deleteAllCookies();
        browser.script("const f = document.getElementById('login');"
                + " f.setAttribute('action', f.getAttribute('action').replace(/;jsessionid=[^?]*/, ''));");
        browser.byId("login:username").sendKeys("alice");
        browser.byId("login:password").sendKeys("alice");
        browser.byId("login:submit").click();
        browser.waitUntil(d -> !d.findElements(By.tagName("h1")).isEmpty(), 60);

        assertEquals("This page has expired", browser.find(By.tagName("h1")).getText());
        assertEquals(400, browser.pageStatus());
        assertEquals(200, browser.resourceStatus("beamcat.css"));
        assertFalse(browser.driver().getPageSource().contains("Exception"), browser.driver().getPageSource());
        browser.screenshot("error-expired");

        browser.byId("again").click();
        browser.waitUntil(d -> !d.findElements(By.id("login:username")).isEmpty(), 60);
        assertNotNull(browser.byId("login:submit"), "the page opens again, fresh");
    }
}
