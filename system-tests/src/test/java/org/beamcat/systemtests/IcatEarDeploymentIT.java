package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole stack as an administrator deploys it: icat-server.war first, then icat-ear.ear. */
@ExtendWith(ArquillianExtension.class)
class IcatEarDeploymentIT extends DeployedBeamCat {

    @Test
    void idsAnswersPingAndDescribesItself() throws Exception {
        HttpResponse<String> ping = Http.awaitStatus("/ids/ping", 200, Duration.ofSeconds(30));
        assertEquals("IdsOK", ping.body());
        assertEquals("*", ping.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals("2.1.1", Http.json(Http.get("/ids/version")).getString("version"));
        assertEquals(Http.BASE.toString(), Http.get("/ids/getIcatUrl").body());
        assertEquals("false", Http.get("/ids/isReadOnly").body());
        assertEquals("false", Http.get("/ids/isTwoLevel").body());
    }

    @Test
    void idsCallsRemovedUpstreamAnswerNotImplemented() throws Exception {
        HttpResponse<String> response = Http.get("/ids/getApiVersion");
        assertEquals(501, response.statusCode());
        assertEquals("NOT_IMPLEMENTED", Http.json(response).getString("code"));
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""),
                "errors carry CORS headers too");
    }

    @Test
    void landingFrontPageIsServerRendered() throws Exception {
        HttpResponse<String> page = Http.awaitStatus("/doi/", 200, Duration.ofSeconds(30));
        assertTrue(page.body().contains("<code id=\"doi-prefix\">10.5072</code>"), page.body());
        assertTrue(page.body().contains("BeamCat data DOIs"), page.body());
    }

    /**
     * The DOI service's operator API answers its refusals in its JSON error shape with a request id, never
     * an HTML page (Payara's shows its version).
     */
    @Test
    void landingAdminErrorsAreJson() throws Exception {
        Http.awaitStatus("/doi/", 200, Duration.ofSeconds(30));
        HttpResponse<String> wrongMethod = Http.get("/doi/admin/mint-sessions");
        HttpResponse<String> put = Http.put("/doi/admin/withdraw");
        for (HttpResponse<String> response : java.util.List.of(wrongMethod, put)) {
            assertEquals(405, response.statusCode(), response.body());
            assertEquals("BAD_PARAMETER", Http.json(response).getString("code"), response.body());
            assertTrue(response.headers().firstValue("X-Request-Id").isPresent(), response.headers().toString());
            assertTrue(!response.body().contains("Payara") && !response.body().contains("Exception"), response.body());
            assertTrue(response.headers().firstValue("X-Powered-By").isEmpty(), response.headers().toString());
        }
        HttpResponse<String> noSuchOperation = Http.post("/doi/admin/no-such-call", "sessionId=x");
        assertEquals(404, noSuchOperation.statusCode(), noSuchOperation.body());
        assertEquals("NO_SUCH_OBJECT_FOUND", Http.json(noSuchOperation).getString("code"), noSuchOperation.body());
    }

    @Test
    void everyApplicationIsLive() throws Exception {
        HttpResponse<String> response = Http.get("/health/live");
        HealthReport report = new HealthReport(Http.json(response));
        assertEquals(200, response.statusCode(), report.toString());
        for (String check : new String[] {"icat-server", "ids-web", "landing-war", "ingest-ejb"}) {
            assertEquals("UP", report.status(check), check + " in " + report);
        }
        assertEquals("10.5072", report.data("landing-war", "doiPrefix"), report.toString());
        assertEquals("false", report.data("ids-web", "twoLevel"), report.toString());
    }

    @Test
    void everyApplicationIsReady() throws Exception {
        HttpResponse<String> response = Http.awaitStatus("/health/ready", 200, Duration.ofSeconds(30));
        HealthReport report = new HealthReport(Http.json(response));
        assertEquals(200, response.statusCode(), report.toString());
        for (String check : new String[] {"icat-server.database", "ids-web.storage", "ids-web.icat",
            "landing-war.icat", "ingest-ejb.queue"}) {
            assertEquals("UP", report.status(check), check + " in " + report);
        }
        assertEquals("ICAT 4.7.0", report.data("ids-web.icat", "detail"), report.toString());
        assertEquals("false", report.data("ingest-ejb.queue", "messagesWaiting"), report.toString());
    }
}
