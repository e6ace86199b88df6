package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, finding 3 for {@code /ingest}: a wrong method, media type, path or body got Payara's HTML error
 * page, which names the server and its version. Every error of ingest-web is its JSON error contract with an
 * {@code X-Request-Id} header ({@link IngestAuthenticationIT#assertJsonError}).
 */
class IngestErrorPagesIT extends IngestSystemTest {

    private static final String AUTHORIZATION = "Authorization";

    @Test
    void wrongMethodIs405InJson() throws Exception {
        HttpResponse<String> get = Http.get("/ingest/dataset");
        assertEquals(405, get.statusCode(), get.body());
        IngestAuthenticationIT.assertJsonError(get, "NOT_IMPLEMENTED");
        assertTrue(get.headers().firstValue("Allow").orElse("").contains("POST"), get.headers().map().toString());
        for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
            HttpResponse<String> refused = Http.request(method, "/ingest/dataset", "<x/>", AUTHORIZATION,
                    IngestCredentials.producerAuthorization(), "Content-Type", "application/xml");
            assertEquals(405, refused.statusCode(), method + ": " + refused.body());
            IngestAuthenticationIT.assertJsonError(refused, "NOT_IMPLEMENTED");
        }
        HttpResponse<String> deadLetters = Http.request("DELETE", "/ingest/dead-letters", null);
        assertEquals(405, deadLetters.statusCode(), deadLetters.body());
        IngestAuthenticationIT.assertJsonError(deadLetters, "NOT_IMPLEMENTED");
    }

    @Test
    void unsupportedMediaTypeIs415InJson() throws Exception {
        for (String type : new String[] {"text/plain", "application/octet-stream", "multipart/form-data; boundary=x"}) {
            HttpResponse<String> refused = IngestProbe.postDataset("hello", type, AUTHORIZATION,
                    IngestCredentials.producerAuthorization());
            assertEquals(415, refused.statusCode(), type + ": " + refused.body());
            IngestAuthenticationIT.assertJsonError(refused, "BAD_PARAMETER");
        }
    }

    @Test
    void unknownPathsAre404InJson() throws Exception {
        for (String path : new String[] {"/ingest/", "/ingest/no-such-thing", "/ingest/dataset/1",
            "/ingest/dead-letters/ID:1-2-3/nothing"}) {
            HttpResponse<String> missing = Http.get(path);
            assertEquals(404, missing.statusCode(), path + ": " + missing.body());
            IngestAuthenticationIT.assertJsonError(missing, "NO_SUCH_OBJECT_FOUND");
        }
        // The container refuses these before the application sees them: the domain's plain page.
        DomainErrorPage.assertServed(Http.get("/ingest/WEB-INF/web.xml"), 404);
        DomainErrorPage.assertServed(Http.get("/ingest/META-INF/MANIFEST.MF"), 404);
    }

    @Test
    void malformedBodiesAre400InJson() throws Exception {
        String[][] bodies = {{"<tns:dataset xmlns:tns=\"http://www.esrf.fr/icat\"><unclosed>", "application/xml"},
            {"{\"investigation\": ", "application/json"}, {"", "application/xml"}, {"[1,2]", "application/json"},
            {"<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>", "text/xml"}};
        for (String[] body : bodies) {
            HttpResponse<String> refused = IngestProbe.postDataset(body[0], body[1]);
            assertEquals(400, refused.statusCode(), body[0] + ": " + refused.body());
            IngestAuthenticationIT.assertJsonError(refused, "BAD_PARAMETER");
            assertTrue(!refused.body().contains("root:"), "no file content echoed");
        }
    }
}
