package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.beamcat.icat.client.EntityRef;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.IcatException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How fast the catalogue's bulk write path is (issues 4 and 8): N datafiles created in one entityManager POST, as
 * root and as a member allowed by a CREATE rule with a WHERE clause (the per-object authorization path). PRINTS the
 * rates and checks only that the rows are there, in order: rates depend on the machine and its load, so there is
 * no timed assertion. Cleans up after itself (rule and investigation), so the other catalogue ITs see the demo
 * facility unchanged. Run it alone: {@code ./test.sh -Dit.test=IcatBulkWriteRateIT -Dtest=none}; N comes from
 * {@code -Dit.bulk.datafiles} (default 5000, at most the server's maxEntities).
 */
@ExtendWith(ArquillianExtension.class)
class IcatBulkWriteRateIT {

    private static final int DATAFILES = Integer.getInteger("it.bulk.datafiles", 5_000);
    /** A slow server must still finish the call; the point is to measure it, not to time it out. */
    private static final IcatClient ICAT = IcatClient.create(Http.BASE, Duration.ofMinutes(15));

    @Deployment(testable = false)
    static WebArchive icatServer() {
        return Archives.icatServer();
    }

    @Test
    void createsThousandsOfDatafilesInOneCall() throws Exception {
        DemoCatalogueFixture.ensureLoaded();
        String root = DemoCatalogueFixture.login("root");
        String alice = ICAT.login("simple", Map.of("username", "alice", "password", "alice"));
        long facility = id(root, "SELECT f.id FROM Facility f WHERE f.name = 'ESRF'");
        long investigation = ICAT.create(root, "Investigation", Json.createObjectBuilder()
                .add("name", "BULK-RATE").add("visitId", "1").add("title", "bulk write rate")
                .add("facility", ref(facility))
                .add("type", ref(id(root, "SELECT t.id FROM InvestigationType t WHERE t.name = 'experiment'")))
                .add("investigationUsers", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("role", "member").add("user", ref(id(root,
                                "SELECT u.id FROM User u WHERE u.name = 'simple/alice'")))))
                .build());
        long rule = ICAT.create(root, "Rule", Json.createObjectBuilder().add("crudFlags", "C")
                .add("what", "SELECT df FROM Datafile df JOIN df.dataset ds JOIN ds.investigation i "
                        + "JOIN i.investigationUsers iu JOIN iu.user u WHERE u.name = :user")
                .build());
        try {
            long datasetType = id(root, "SELECT t.id FROM DatasetType t WHERE t.name = 'raw'");
            long format = id(root, "SELECT f.id FROM DatafileFormat f");
            // Round 1 runs on a freshly deployed (cold) server; round 2 shows the warmed-up rate.
            for (int round = 1; round <= 2; round++) {
                measure("round " + round + ", root", root,
                        dataset(root, investigation, datasetType, "as-root-" + round), format);
                measure("round " + round + ", alice (CREATE rule with WHERE)", alice,
                        dataset(root, investigation, datasetType, "as-alice-" + round), format);
            }
        } finally {
            ICAT.delete(root, List.of(new EntityRef("Rule", rule), new EntityRef("Investigation", investigation)));
        }
    }

    private static void measure(String who, String sessionId, long dataset, long format) throws IcatException {
        List<JsonObject> datafiles = new ArrayList<>(DATAFILES);
        for (int i = 0; i < DATAFILES; i++) {
            String name = String.format("frame_%06d.h5", i);
            datafiles.add(Json.createObjectBuilder().add("Datafile", Json.createObjectBuilder()
                    .add("name", name).add("location", "bulk/" + dataset + "/" + name).add("fileSize", 1024L + i)
                    .add("dataset", ref(dataset)).add("datafileFormat", ref(format))).build());
        }
        long start = System.nanoTime();
        List<Long> ids = ICAT.write(sessionId, datafiles);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("BULK-WRITE-RATE %s: %d datafiles in one call in %.2f s = %.0f datafiles/s%n", who,
                DATAFILES, seconds, DATAFILES / seconds);
        assertEquals(DATAFILES, ids.size());
        assertEquals("frame_000000.h5", name(sessionId, ids.get(0)));
        assertEquals(String.format("frame_%06d.h5", DATAFILES - 1), name(sessionId, ids.get(DATAFILES - 1)));
        assertEquals(DATAFILES, ICAT.search(sessionId, "SELECT COUNT(df) FROM Datafile df WHERE df.dataset.id = "
                + dataset).getJsonNumber(0).longValue());
    }

    private static long dataset(String root, long investigation, long type, String name) throws IcatException {
        return ICAT.create(root, "Dataset", Json.createObjectBuilder().add("name", name)
                .add("investigation", ref(investigation)).add("type", ref(type)).build());
    }

    private static String name(String sessionId, long datafile) throws IcatException {
        return ICAT.get(sessionId, "Datafile", datafile).getJsonObject("Datafile").getString("name");
    }

    private static long id(String sessionId, String query) throws IcatException {
        return ICAT.search(sessionId, query).getJsonNumber(0).longValue();
    }

    private static JsonObject ref(long id) {
        return Json.createObjectBuilder().add("id", id).build();
    }
}
