package org.beamcat.systemtests;

import static org.beamcat.systemtests.IdsCalls.expectError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The restart-with-queued-operations case: a write is queued by an IDS whose queue never gets to run it
 * (an hour between queue rounds), the application is undeployed, and the IDS that comes up on the same
 * storage and cache (read-only this time, as a catalogue mirror would be) finds the write and runs it;
 * a preparedId of the first one still works.
 */
@ExtendWith(ArquillianExtension.class)
class IdsQueueSurvivesRedeployIT {

    private static final String STALLED = "ids-stalled";
    private static final String READ_ONLY = "ids-read-only";
    private static final Path FOLDER = IdsWar.freshFolder("restart");

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = "icat-server", order = 1, testable = false)
    static WebArchive icatServer() {
        return Archives.icatServer();
    }

    @Deployment(name = STALLED, managed = false, testable = false)
    static WebArchive stalledQueue() {
        Map<String, String> settings = IdsWar.twoLevelSettings(FOLDER, "DATASET");
        settings.put("beamcat.ids.queue.interval-seconds", "3600");
        settings.put("beamcat.ids.queue.write-delay-seconds", "0");
        return IdsWar.withSettings(STALLED, settings);
    }

    @Deployment(name = READ_ONLY, managed = false, testable = false)
    static WebArchive readOnlyRestart() {
        Map<String, String> settings = IdsWar.twoLevelSettings(FOLDER, "DATASET");
        settings.put("beamcat.ids.read-only", "true");
        return IdsWar.withSettings(READ_ONLY, settings);
    }

    @Test
    void aQueuedWriteRunsAfterTheApplicationIsDeployedAgain() throws Exception {
        IdsTestCatalogue icat = IdsTestCatalogue.create("restart");
        long dataset = icat.dataset("queued");
        byte[] content = "written only after the restart\n".repeat(50).getBytes(StandardCharsets.UTF_8);
        Path archived = FOLDER.resolve("archive").resolve(icat.investigationId + "/" + dataset);

        deployer.deploy(STALLED);
        String preparedId;
        try {
            IdsCalls first = new IdsCalls("/" + STALLED);
            Http.awaitStatus(first.path("ping"), 200, Duration.ofSeconds(60));
            first.putFile(icat.root, dataset, icat.formatId, "late.txt", content);
            JsonObject status = first.serviceStatus(icat.root);
            assertEquals(1, status.getJsonArray("opsQueue").size(), status.toString());
            assertEquals("WRITE_REQUESTED", status.getJsonArray("opsQueue").getJsonObject(0).getString("request"));
            preparedId = first.post("prepareData", Map.of("sessionId", icat.root, "datasetIds",
                    Long.toString(dataset))).body();
            assertFalse(Files.exists(archived), "nothing ran before the restart");
        } finally {
            deployer.undeploy(STALLED);
        }

        deployer.deploy(READ_ONLY);
        try {
            IdsCalls second = new IdsCalls("/" + READ_ONLY);
            Http.awaitStatus(second.path("ping"), 200, Duration.ofSeconds(60));
            second.awaitQueueEmpty(icat.root);
            assertTrue(Files.isRegularFile(archived), "the write queued before the restart has run");

            assertEquals("true", second.text("isReadOnly"));
            String refusal = "This operation has been configured to be unavailable";
            assertEquals(refusal, expectError(second.put("sessionId=" + icat.root + "&name=x&datafileFormatId="
                    + icat.formatId + "&datasetId=" + dataset, new byte[1]), 501, "NotImplementedException")
                    .getString("message"));
            expectError(second.delete("sessionId=" + icat.root + "&datasetIds=" + dataset), 501,
                    "NotImplementedException");
            expectError(second.post("write", Map.of("sessionId", icat.root, "datasetIds", Long.toString(dataset))),
                    501, "NotImplementedException");

            second.noContent("archive", Map.of("sessionId", icat.root, "datasetIds", Long.toString(dataset)));
            second.awaitQueueEmpty(icat.root);
            assertEquals("ARCHIVED", second.text("getStatus?preparedId=" + preparedId), "the preparedId survived");
            second.awaitText("isPrepared?preparedId=" + preparedId, "true");
            HttpResponse<byte[]> data = second.bytes("getData?preparedId=" + preparedId);
            assertEquals(200, data.statusCode());
            assertArrayEquals(content, IdsCalls.entries(data.body()).values().iterator().next().data());
        } finally {
            deployer.undeploy(READ_ONLY);
            icat.remove();
        }
    }
}
