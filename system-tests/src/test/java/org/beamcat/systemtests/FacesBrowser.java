package org.beamcat.systemtests;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without JavaScript for server-rendered Faces pages: keeps its own cookies (so its own HTTP
 * session), and submits a page's form as a browser would, with the view state the page carried and
 * the button pressed. Fields not given are not sent, as with unchecked boxes.
 */
final class FacesBrowser {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    private HttpResponse<String> page;

    HttpResponse<String> open(String path) throws IOException, InterruptedException {
        page = client.send(HttpRequest.newBuilder(Http.BASE.resolve(path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return page;
    }

    /** A GET in this browser's session that does not replace the page (an image, a download). */
    HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(Http.BASE.resolve(path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    String html() {
        return page.body();
    }

    /** Submits form {@code formId} by pressing {@code buttonId}, with these field values (ids without the form prefix). */
    HttpResponse<String> submit(String formId, String buttonId, Map<String, List<String>> fields)
            throws IOException, InterruptedException {
        Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]*)\"")
                .matcher(page.body());
        if (!form.find()) {
            throw new AssertionError("no form " + formId + " on the page: " + page.body());
        }
        Matcher state = VIEW_STATE.matcher(page.body().substring(form.start()));
        if (!state.find()) {
            throw new AssertionError("no view state in form " + formId);
        }
        Map<String, List<String>> body = new LinkedHashMap<>();
        body.put(formId, List.of(formId));
        body.put("jakarta.faces.ViewState", List.of(unescape(state.group(1))));
        body.put(formId + ":" + buttonId, List.of("x"));
        fields.forEach((name, values) -> body.put(formId + ":" + name, values));
        return post(unescape(form.group(1)), body);
    }

    /** A raw POST to the page's URL, e.g. to replay a form without its view state. */
    HttpResponse<String> post(String path, Map<String, List<String>> fields) throws IOException, InterruptedException {
        List<String> pairs = new ArrayList<>();
        fields.forEach((name, values) -> values.forEach(value -> pairs.add(encode(name) + "=" + encode(value))));
        URI target = Http.BASE.resolve(path);
        page = client.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))).build(),
                HttpResponse.BodyHandlers.ofString());
        return page;
    }

    /** The text of the element with this id, or null (for {@code <span id=...>} messages and values). */
    String textOf(String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(page.body());
        return m.find() ? unescape(m.group(1)) : null;
    }

    static Map<String, List<String>> fields(String... namesAndValues) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.computeIfAbsent(namesAndValues[i], k -> new ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return fields;
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
