package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The real icat-server.war in the test domain, whose jdbc/icat points at PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class IcatServerDeploymentIT {

    @Deployment(testable = false)
    static WebArchive icatServer() {
        return Archives.icatServer();
    }

    @Test
    void reportsTheEmulatedIcatVersion() throws Exception {
        HttpResponse<String> response = Http.awaitStatus("/icat/version", 200, Duration.ofSeconds(30));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("4.7.0", Http.json(response).getString("version"));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(response.headers().firstValue("X-Request-Id").isPresent(), "every response carries a request id");
    }

    @Test
    void unknownCallsAnswerNotImplementedAsIcatDoes() throws Exception {
        HttpResponse<String> response = Http.get("/icat/list");
        assertEquals(501, response.statusCode());
        JsonObject body = Http.json(response);
        assertEquals("NOT_IMPLEMENTED", body.getString("code"));
        assertEquals("Operation not implemented by this ICAT server.", body.getString("message"));
        assertFalse(body.containsKey("offset"));
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(response.headers().firstValue("X-Request-Id").isPresent(), "errors carry a request id too");
    }

    /** icat.server answered INTERNAL (500) here; a wrong verb is the client's: 405, the contract's body, Allow. */
    @Test
    void wrongVerbIsABadParameterWithItsOwnStatus() throws Exception {
        HttpResponse<String> response = Http.post("/icat/version", "");
        assertEquals(405, response.statusCode(), response.body());
        JsonObject body = Http.json(response);
        assertEquals("BAD_PARAMETER", body.getString("code"));
        assertEquals("This operation does not accept this HTTP method", body.getString("message"));
        assertTrue(response.headers().firstValue("Allow").orElse("").contains("GET"), response.headers().toString());
    }

    @Test
    void callersRequestIdIsEchoedButForgedOnesAreReplaced() throws Exception {
        assertEquals("trace-42", Http.get("/icat/version", "X-Request-Id", "trace-42")
                .headers().firstValue("X-Request-Id").orElse(""));
        String replaced = Http.get("/icat/version", "X-Request-Id", "a b")
                .headers().firstValue("X-Request-Id").orElse("");
        assertTrue(replaced.matches("[0-9a-f]{16}"), replaced);
    }

    @Test
    void readinessReportsThePostgresqlCatalogueDatabase() throws Exception {
        HttpResponse<String> response = Http.awaitStatus("/health/ready", 200, Duration.ofSeconds(30));
        HealthReport report = new HealthReport(Http.json(response));
        assertEquals("UP", report.status("icat-server.database"), report.toString());
        String product = report.data("icat-server.database", "product");
        assertTrue(product.startsWith("PostgreSQL"), product);
    }

    @Test
    void livenessReportsTheSettingsInForce() throws Exception {
        HealthReport report = new HealthReport(Http.json(Http.get("/health/live")));
        assertEquals("UP", report.status("icat-server"), report.toString());
        assertEquals("120", report.data("icat-server", "lifetimeMinutes"), report.toString());
    }
}
