package org.beamcat.support.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

class HtmlErrorPageTest {

    @Test
    void eachStatusHasWordsForAPerson() {
        for (int status : new int[] {400, 401, 403, 404, 405, 406, 408, 411, 413, 414, 415, 500, 501, 502, 503}) {
            HtmlErrorPage.Wording wording = HtmlErrorPage.wording(status, false);
            assertFalse(wording.title().isBlank(), "title for " + status);
            assertTrue(wording.advice().endsWith("."), "advice for " + status);
        }
        assertEquals("Request not served", HtmlErrorPage.wording(418, false).title());
        assertEquals("Something went wrong", HtmlErrorPage.wording(599, false).title());
        assertEquals("This page has expired", HtmlErrorPage.wording(500, true).title());
    }

    @Test
    void thePageIsThemedAndSaysWhatToDo() {
        String page = HtmlErrorPage.render("BeamCat DOI", "/doi", 405, false, null, "abc123");
        assertTrue(page.startsWith("<!DOCTYPE html>"), page);
        assertTrue(page.contains("<link rel=\"stylesheet\" href=\"/doi/beamcat/beamcat.css\">"), page);
        assertTrue(page.contains("<title>Method not allowed | BeamCat DOI</title>"), page);
        assertTrue(page.contains("<p class=\"bc-status-code\" id=\"status\">Error 405</p>"), page);
        assertTrue(page.contains("href=\"/doi/\""), page);
        assertTrue(page.contains("<code id=\"request-id\">abc123</code>"), page);
        assertFalse(page.contains("id=\"again\""), "no 'open again' link but for an expired view");
    }

    @Test
    void anExpiredViewLinksBackToItsPage() {
        String page = HtmlErrorPage.render("BeamCat DOI", "/doi", 400, true, "/doi/mint-collection.xhtml", "x");
        assertTrue(page.contains("<h1>This page has expired</h1>"), page);
        assertTrue(page.contains("<a class=\"bc-button\" id=\"again\" href=\"/doi/mint-collection.xhtml\">"), page);
    }

    @Test
    void everythingFromTheRequestIsEscaped() {
        String page = HtmlErrorPage.render("<b>site</b>", "/a\"b", 404, true, "/a\"b/<script>", "<id>");
        assertFalse(page.contains("<script>"), page);
        assertFalse(page.contains("<b>"), page);
        assertFalse(page.contains("<id>"), page);
        assertTrue(page.contains("/a&quot;b/&lt;script&gt;"), page);
        assertEquals("&amp;&lt;&gt;&quot;&#39;", HtmlErrorPage.escape("&<>\"'"));
    }

    @Test
    void aViewExpiredAnywhereInTheCausesIsAStaleFormNotAFault() {
        assertTrue(ContainerErrorServlet.viewExpired(new ViewExpiredException("gone", "/mint-collection.xhtml")));
        assertTrue(ContainerErrorServlet.viewExpired(
                new ServletException(new RuntimeException(new ViewExpiredException("gone")))));
        assertFalse(ContainerErrorServlet.viewExpired(new IllegalStateException("bug")));
        assertFalse(ContainerErrorServlet.viewExpired(null));
    }

    @Test
    void theHtmlDialectHasNoJsonBody() {
        assertEquals(404, ContainerErrorServlet.status(ContainerErrorServlet.Dialect.HTML, null));
        assertThrows(IllegalArgumentException.class,
                () -> ContainerErrorServlet.body(ContainerErrorServlet.Dialect.HTML, 404, "/doi"));
    }
}
