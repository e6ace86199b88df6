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
 * A person using the portal's cart and downloads over plain HTTP without JavaScript: own cookies (own HTTP
 * session), redirects followed one by one, Faces forms submitted with the page's view state, bytes fetched with
 * the session's cookie (and a Range when asked).
 */
final class PortalCartVisitor {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private HttpResponse<String> page;

    HttpResponse<String> open(String path) throws IOException, InterruptedException {
        return follow(HttpRequest.newBuilder(Http.BASE.resolve(path)).GET());
    }

    /** A request without following its redirect. */
    HttpResponse<String> raw(String method, String path, String formBody) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(Http.BASE.resolve(path)).timeout(Duration.ofSeconds(60));
        if (formBody == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(formBody));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(Http.BASE.resolve(path)).timeout(Duration.ofSeconds(120));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> follow(HttpRequest.Builder request) throws IOException, InterruptedException {
        page = client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        for (int hops = 0; hops < 10 && page.statusCode() / 100 == 3; hops++) {
            URI next = page.uri().resolve(page.headers().firstValue("Location").orElseThrow());
            page = client.send(HttpRequest.newBuilder(next).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        return page;
    }

    String html() {
        return page.body();
    }

    int lastStatus() {
        return page.statusCode();
    }

    HttpResponse<String> logIn(String context, String user) throws IOException, InterruptedException {
        open(context + "/login.xhtml");
        return submit("login-simple", "login-button", Map.of("username", user, "password", user));
    }

    /** The form token of the plain POST forms, from a page that has an "Add to cart" button. */
    String formToken(String context) throws IOException, InterruptedException {
        open(context + "/investigations.xhtml");
        Matcher m = TOKEN.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no Add to cart form on " + page.body());
        }
        return m.group(1);
    }

    HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        List<String> pairs = new ArrayList<>();
        fields.forEach((name, value) -> pairs.add(encode(name) + "=" + encode(value)));
        return follow(HttpRequest.newBuilder(Http.BASE.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))));
    }

    HttpResponse<String> submit(String formId, String buttonId, Map<String, String> fields)
            throws IOException, InterruptedException {
        Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]*)\"").matcher(page.body());
        if (!form.find()) {
            throw new AssertionError("no form " + formId + " on the page: " + page.body());
        }
        Matcher state = VIEW_STATE.matcher(page.body().substring(form.start()));
        if (!state.find()) {
            throw new AssertionError("no view state in form " + formId);
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put(formId, formId);
        body.put("jakarta.faces.ViewState", unescape(state.group(1)));
        body.put(formId + ":" + buttonId, "x");
        fields.forEach((name, value) -> body.put(formId + ":" + name, value));
        return post(page.uri().resolve(unescape(form.group(1))).getPath(), body);
    }

    static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
