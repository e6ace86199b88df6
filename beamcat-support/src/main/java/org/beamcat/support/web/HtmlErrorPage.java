package org.beamcat.support.web;

import java.util.Map;

/**
 * The error page a person sees in a browser, in BeamCat's look (the web-theme stylesheet, docs/web-theme.md):
 * what happened in plain words, what to do next, a link home, and the request id to quote. Never the
 * failure's class, message or stack trace. {@link ContainerErrorServlet}'s {@code HTML} dialect answers with it.
 */
public final class HtmlErrorPage {

    /** What a person reads for a status: a title and what to do. */
    record Wording(String title, String advice) {
    }

    private static final Map<Integer, Wording> WORDINGS = Map.ofEntries(
            Map.entry(400, new Wording("Bad request",
                    "The address or the form sent could not be understood. Check the address, or go back and try again.")),
            Map.entry(401, new Wording("Login needed", "This page is only for logged-in users.")),
            Map.entry(403, new Wording("Not allowed", "You are not allowed to see this page.")),
            Map.entry(404, new Wording("Page not found",
                    "There is nothing at this address. Check it for typing mistakes, or start again from the home page.")),
            Map.entry(405, new Wording("Method not allowed",
                    "This address does not take this kind of request. Open it with a link or the browser's address bar.")),
            Map.entry(406, new Wording("Not acceptable", "This page cannot be given in the format asked for.")),
            Map.entry(408, new Wording("Request timed out", "The request took too long to arrive. Try again.")),
            Map.entry(411, new Wording("Bad request", "The request did not say how long it is.")),
            Map.entry(413, new Wording("Request too large", "What was sent is larger than this page accepts.")),
            Map.entry(414, new Wording("Address too long", "The address is longer than the server accepts.")),
            Map.entry(415, new Wording("Unsupported media type", "This page does not take data of this type.")),
            Map.entry(500, new Wording("Something went wrong",
                    "The server could not answer this request. It has been logged; if it happens again, tell the "
                    + "administrators and quote the request id below.")),
            Map.entry(501, new Wording("Not implemented", "The server does not do what was asked.")),
            Map.entry(502, new Wording("Service unavailable",
                    "A service this page needs did not answer. Try again in a few minutes.")),
            Map.entry(503, new Wording("Service unavailable",
                    "The service is starting, stopping or too busy. Try again in a few minutes.")));

    /** A Faces form posted after its view (the server's copy of the page) expired: the session ended. */
    private static final Wording EXPIRED = new Wording("This page has expired",
            "The page was open for a long time, or the server restarted, so the form could not be sent. Nothing was "
            + "saved. Open the page again and repeat your last step.");

    private HtmlErrorPage() {
    }

    static Wording wording(int status, boolean viewExpired) {
        if (viewExpired) {
            return EXPIRED;
        }
        Wording known = WORDINGS.get(status);
        if (known != null) {
            return known;
        }
        return status >= 500 ? WORDINGS.get(500) : new Wording("Request not served", WORDINGS.get(400).advice());
    }

    /**
     * The page. {@code contextPath} is the web module's (its home and its copy of the stylesheet);
     * {@code site} names the service in the title; {@code again} is the path to open again after an expired
     * view (same module), or null.
     */
    public static String render(String site, String contextPath, int status, boolean viewExpired, String again,
            String requestId) {
        Wording wording = wording(status, viewExpired);
        String home = escape(contextPath + "/");
        StringBuilder page = new StringBuilder(1600)
                .append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta name=\"robots\" content=\"noindex\">")
                .append("<title>").append(escape(wording.title())).append(" | ").append(escape(site)).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"").append(escape(contextPath)).append("/beamcat/beamcat.css\">")
                .append("</head>\n<body>\n<a class=\"bc-skip-link\" href=\"#content\">Skip to the content</a>\n")
                .append("<header class=\"bc-header\"><div class=\"bc-header-inner\"><a class=\"bc-brand\" href=\"")
                .append(home).append("\">").append(escape(site)).append("</a></div></header>\n")
                .append("<main class=\"bc-main bc-main-narrow bc-error-page\" id=\"content\">\n")
                .append("<p class=\"bc-status-code\" id=\"status\">Error ").append(status).append("</p>\n")
                .append("<h1>").append(escape(wording.title())).append("</h1>\n")
                .append("<p id=\"advice\">").append(escape(wording.advice())).append("</p>\n")
                .append("<div class=\"bc-actions\">");
        if (again != null) {
            page.append("<a class=\"bc-button\" id=\"again\" href=\"").append(escape(again)).append("\">Open the page again</a>");
        }
        page.append("<a class=\"bc-button").append(again != null ? " bc-button-secondary" : "").append("\" id=\"home\" href=\"")
                .append(home).append("\">").append(escape(site)).append(" home</a></div>\n")
                .append("<p class=\"bc-muted\">Request id: <code id=\"request-id\">").append(escape(requestId))
                .append("</code></p>\n</main>\n</body></html>\n");
        return page.toString();
    }

    /** HTML text and attribute escaping. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
