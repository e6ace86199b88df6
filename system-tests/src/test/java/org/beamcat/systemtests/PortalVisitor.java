package org.beamcat.systemtests;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
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
 * A person using the portal over plain HTTP without JavaScript: own cookies (own HTTP session), redirects
 * followed one by one so that every URL and Location the portal hands out is recorded, Faces forms submitted
 * with the view state the page carried, the cart's plain POST forms with the session's form token, and bytes
 * (downloads) fetched with the session's cookie and a Range when asked. The portal may stand at / or at another
 * context (the {@code context} of {@link #logIn}, e.g. PortalCartIT's own deployment).
 */
final class PortalVisitor {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    /** Every URL requested and every Location received. */
    final List<String> urls = new ArrayList<>();
    private HttpResponse<String> page;

    /** GET, following redirects; the last answer. */
    HttpResponse<String> open(String path) throws IOException, InterruptedException {
        return follow(HttpRequest.newBuilder(Http.BASE.resolve(path)).GET());
    }

    /** GET without following a redirect. */
    HttpResponse<String> peek(String path) throws IOException, InterruptedException {
        urls.add(path);
        page = client.send(HttpRequest.newBuilder(Http.BASE.resolve(path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        page.headers().firstValue("Location").ifPresent(urls::add);
        return page;
    }

    /** A request without following its redirect; a form body when not null. */
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

    /** GET of bytes (a download), with these header name/value pairs. */
    HttpResponse<byte[]> bytes(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(Http.BASE.resolve(path)).timeout(Duration.ofSeconds(120));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> follow(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
        urls.add(built.uri().toString());
        page = client.send(built, HttpResponse.BodyHandlers.ofString());
        for (int hops = 0; hops < 10 && page.statusCode() / 100 == 3; hops++) {
            String location = page.headers().firstValue("Location").orElseThrow();
            urls.add(location);
            URI next = page.uri().resolve(location);
            page = client.send(HttpRequest.newBuilder(next).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        return page;
    }

    String html() {
        return page.body();
    }

    HttpResponse<String> last() {
        return page;
    }

    int lastStatus() {
        return page.statusCode();
    }

    /** Logs in with the simple authenticator (password = user name) at the portal standing at this context. */
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

    /** Submits the form with this id by its button, with fields named without the form prefix. */
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
        return post(unescape(form.group(1)), body);
    }

    HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        List<String> pairs = new ArrayList<>();
        fields.forEach((name, value) -> pairs.add(encode(name) + "=" + encode(value)));
        return follow(HttpRequest.newBuilder(page == null ? Http.BASE.resolve(path) : page.uri().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))));
    }

    /** The values of the cookies the portal set (the HTTP session id). */
    List<String> cookieValues() {
        return cookies.getCookieStore().getCookies().stream().map(HttpCookie::getValue).toList();
    }

    static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
