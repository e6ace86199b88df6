package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.beamcat.icat.client.EntityRef;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, finding 1, as the attacker sends it: {@code POST /ingest/dataset} without credentials, with a
 * wrong secret, or with the session of a user who may not ingest, is refused (401 / 403 in ingest-web's JSON
 * error contract) and registers nothing; the configured producers (a sequencer's shared secret, a root user,
 * a member of the ingest grouping) are accepted.
 */
class IngestAuthenticationIT extends IngestSystemTest {

    /**
     * The reported hijack: a message naming alice's proposal MA-4321 and the folder of bob's dataset (ES-1234),
     * sent with no credentials, was accepted, registered bob's files in MA-4321 and wrote a master file into
     * bob's folder.
     */
    @Test
    void hijackOfAnotherInvestigationsFolderWithoutCredentialsIsRefusedAndChangesNothing() throws Exception {
        String bobsLocation = ICAT.strings("root",
                "SELECT d.location FROM Dataset d WHERE d.investigation.name = 'ES-1234' ORDER BY d.id").get(0);
        Path bobsFolder = dataRoot.resolve(bobsLocation);
        assertTrue(Files.isDirectory(bobsFolder), bobsFolder + " is bob's dataset folder");
        List<String> filesBefore = files(bobsFolder);
        String name = "hijack_" + unique;
        String hijack = IngestProbe.datasetXml("MA-4321", "id11", name, bobsFolder, "hijack_" + unique, "");

        HttpResponse<String> refused = IngestProbe.postDatasetWithoutCredentials(hijack, "application/xml");

        assertEquals(401, refused.statusCode(), refused.body());
        assertJsonError(refused, "SESSION");
        assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        // a message accepted after it is registered; had the hijack been queued, it would be by then too
        registersWhenSentByTheSequencer("canary");
        assertEquals(0, ICAT.count("root", "SELECT COUNT(d) FROM Dataset d WHERE d.name = '" + name + "'"));
        assertEquals(0, ICAT.count("root", "SELECT COUNT(df) FROM Datafile df WHERE df.location LIKE '"
                + bobsLocation + "/%' AND df.dataset.investigation.name = 'MA-4321'"));
        assertEquals(filesBefore, files(bobsFolder), "no master file (nor anything else) written in bob's folder");
    }

    @Test
    void wrongOrUnknownBearerSecretIsUnauthenticated() throws Exception {
        Path folder = datasetFolder("wrongtoken_" + unique, "wrongtoken_" + unique + "_0001");
        String xml = IngestProbe.datasetXml(folder, "wrongtoken_" + unique, "");
        for (String authorization : List.of("Bearer not-the-secret", "Bearer " + IngestCredentials.producerSecret() + "x",
                "Bearer ", "Basic Z3Vlc3Q6Z3Vlc3Q=")) {
            HttpResponse<String> refused = IngestProbe.postDataset(xml, "application/xml", "Authorization", authorization);
            assertEquals(401, refused.statusCode(), authorization + ": " + refused.body());
            assertJsonError(refused, "SESSION");
        }
        HttpResponse<String> expired = IngestProbe.postDataset(xml, "application/xml", "X-ICAT-Session-Id",
                "00000000-0000-0000-0000-000000000000");
        assertEquals(401, expired.statusCode(), "an unknown catalogue session: " + expired.body());
        HttpResponse<String> none = IngestProbe.postDatasetWithoutCredentials(xml, "application/xml");
        assertEquals(401, none.statusCode(), none.body());
        assertEquals(0, IngestProbe.datasetsAt(relative(folder)));
    }

    @Test
    void sessionOfALoggedInUserWhoMayNotIngestIsForbidden() throws Exception {
        Path folder = datasetFolder("alice_" + unique, "alice_" + unique + "_0001");
        String xml = IngestProbe.datasetXml(folder, "alice_" + unique, "");
        String alice = DemoCatalogueFixture.login("alice");

        HttpResponse<String> byHeader = IngestProbe.postDataset(xml, "application/xml", "X-ICAT-Session-Id", alice);
        HttpResponse<String> byParameter = Http.post("/ingest/dataset?sessionId=" + alice, xml, "application/xml");

        for (HttpResponse<String> refused : List.of(byHeader, byParameter)) {
            assertEquals(403, refused.statusCode(), refused.body());
            assertJsonError(refused, "INSUFFICIENT_PRIVILEGES");
        }
        assertEquals(0, IngestProbe.datasetsAt(relative(folder)));
    }

    @Test
    void theSequencersSecretARootSessionAndAnIngestGroupMemberAreAccepted() throws Exception {
        registersWhenSentByTheSequencer("sequencer");
        Path rootFolder = datasetFolder("rootsession_" + unique, "rootsession_" + unique + "_0001");
        HttpResponse<String> root = IngestProbe.postDataset(IngestProbe.datasetXml(rootFolder, "rootsession_" + unique,
                ""), "application/xml", "X-ICAT-Session-Id", DemoCatalogueFixture.login("root"));
        assertEquals(202, root.statusCode(), root.body());
        probe.awaitDataset(relative(rootFolder));

        EntityRef membership = makeBobAnIngestProducer();
        try {
            Path bobsFolder = datasetFolder("bobproducer_" + unique, "bobproducer_" + unique + "_0001");
            HttpResponse<String> bob = IngestProbe.postDataset(IngestProbe.datasetXml(bobsFolder,
                    "bobproducer_" + unique, ""), "application/xml", "X-ICAT-Session-Id", DemoCatalogueFixture.login("bob"));
            assertEquals(202, bob.statusCode(), bob.body());
            probe.awaitDataset(relative(bobsFolder));
        } finally {
            DemoCatalogueFixture.ICAT.delete(DemoCatalogueFixture.login("root"), List.of(membership));
        }
    }

    @Test
    void deadLettersNeedARootSessionNotAProducerSecret() throws Exception {
        HttpResponse<String> anonymous = Http.get("/ingest/dead-letters");
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertJsonError(anonymous, "SESSION");
        HttpResponse<String> sequencer = Http.get("/ingest/dead-letters", "Authorization",
                IngestCredentials.producerAuthorization());
        assertEquals(403, sequencer.statusCode(), sequencer.body());
        HttpResponse<String> resubmit = Http.request("POST", "/ingest/dead-letters/ID:1-2-3/resubmit", "",
                "Authorization", IngestCredentials.producerAuthorization());
        assertEquals(403, resubmit.statusCode(), resubmit.body());
        HttpResponse<String> root = Http.get("/ingest/dead-letters", "X-ICAT-Session-Id",
                DemoCatalogueFixture.login("root"));
        assertEquals(200, root.statusCode(), "the session header works as the sessionId parameter does");
    }

    private void registersWhenSentByTheSequencer(String prefix) throws Exception {
        String sample = prefix + "_" + unique;
        Path folder = datasetFolder(sample, sample + "_0001");
        Files.write(folder.resolve("frame.dat"), new byte[16]);
        HttpResponse<String> accepted = IngestProbe.postDataset(IngestProbe.datasetXml(folder, sample, ""),
                "application/xml");
        assertEquals(202, accepted.statusCode(), accepted.body());
        probe.awaitDataset(relative(folder));
    }

    /** bob joins the grouping test.sh configured as the ingest grouping (created when missing). */
    private static EntityRef makeBobAnIngestProducer() throws Exception {
        String root = DemoCatalogueFixture.login("root");
        String grouping = IngestCredentials.producerGrouping();
        List<String> existing = ICAT.strings("root", "SELECT g.name FROM Grouping g WHERE g.name = '" + grouping + "'");
        long groupingId = existing.isEmpty()
                ? DemoCatalogueFixture.ICAT.create(root, "Grouping", Json.createObjectBuilder().add("name", grouping).build())
                : ICAT.id("root", "SELECT g.id FROM Grouping g WHERE g.name = '" + grouping + "'");
        long bob = ICAT.id("root", "SELECT u.id FROM User u WHERE u.name = 'simple/bob'");
        long membership = DemoCatalogueFixture.ICAT.create(root, "UserGroup", Json.createObjectBuilder()
                .add("grouping", Json.createObjectBuilder().add("id", groupingId))
                .add("user", Json.createObjectBuilder().add("id", bob)).build());
        return new EntityRef("UserGroup", membership);
    }

    static void assertJsonError(HttpResponse<String> response, String code) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().map().toString());
        assertEquals(code, Http.json(response).getString("code"), response.body());
        assertFalse(Http.json(response).getString("message").isBlank());
        assertTrue(response.headers().firstValue("X-Request-Id").isPresent(), "X-Request-Id");
        assertFalse(response.body().contains("Payara"), response.body());
    }

    private static List<String> files(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(file -> folder.relativize(file) + " " + describe(file)).sorted().toList();
        }
    }

    /** Size and modification time: a file written over shows as changed. */
    private static String describe(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) + " bytes @" + Files.getLastModifiedTime(file) : "folder";
        } catch (java.io.IOException e) {
            return "unreadable";
        }
    }
}
