package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Ingestion is not ready while the catalogue is unreachable: icat-ear is deployed without icat-server,
 * so {@code /health/ready} answers 503 with {@code ingest-ejb.icat} DOWN; once the catalogue is deployed
 * the check is UP.
 */
@ExtendWith(ArquillianExtension.class)
class IngestReadinessIT {

    private static final String CATALOGUE = "icat-server";

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = CATALOGUE, managed = false, testable = false)
    static WebArchive icatServer() {
        return Archives.icatServer();
    }

    @Deployment(name = "icat-ear", order = 2, testable = false)
    static EnterpriseArchive icatEar() {
        return Archives.icatEar();
    }

    @Test
    void notReadyWithoutTheCatalogueAndReadyWithIt() throws Exception {
        HealthReport down = awaitIngestCheck("DOWN");
        HttpResponse<String> response = Http.get("/health/ready");
        assertEquals(503, response.statusCode(), response.body());
        assertEquals("DOWN", down.status("ingest-ejb.icat"), down.toString());
        assertEquals("UP", down.status("ingest-ejb.queue"), "the broker is there: " + down);

        deployer.deploy(CATALOGUE);
        try {
            HealthReport up = awaitIngestCheck("UP");
            assertEquals("ICAT 4.7.0", up.data("ingest-ejb.icat", "detail"), up.toString());
        } finally {
            deployer.undeploy(CATALOGUE);
        }
    }

    private static HealthReport awaitIngestCheck(String status) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        HealthReport report;
        do {
            report = new HealthReport(Http.json(Http.get("/health/ready")));
            if (status.equals(report.status("ingest-ejb.icat"))) {
                return report;
            }
            Thread.sleep(500);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("ingest-ejb.icat never " + status + ": " + report);
    }
}
