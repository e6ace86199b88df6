package org.beamcat.systemtests;

import static org.beamcat.systemtests.SearchCalls.callers;
import static org.beamcat.systemtests.SearchCalls.dimension;
import static org.beamcat.systemtests.SearchCalls.documents;
import static org.beamcat.systemtests.SearchCalls.documentsOk;
import static org.beamcat.systemtests.SearchCalls.encode;
import static org.beamcat.systemtests.SearchCalls.jpqlCount;
import static org.beamcat.systemtests.SearchCalls.jpqlIds;
import static org.beamcat.systemtests.SearchCalls.resultIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.beamcat.icat.client.EntityRef;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15: ICAT 6.1's {@code search/documents} and {@code facet/documents} over HTTP on the demo facility. Every
 * answer is compared with the oracle of issue 14 (the same question as a rule-scoped JPQL search by the same
 * user): hits, totals and facet counts cover exactly what root, alice (MA-4321), bob (ES-1234) and an anonymous
 * session may read, and a facet never names a value that only an unreadable entity has.
 */
@ExtendWith(ArquillianExtension.class)
class IcatSearchDocumentsIT {

    @Deployment(testable = false)
    static WebArchive icatServer() {
        return Archives.icatServer();
    }

    @BeforeEach
    void demoFacilityIndexed() throws Exception {
        DemoCatalogueFixture.ensureLoaded();
        String root = DemoCatalogueFixture.login("root");
        for (String target : List.of("Investigation", "Dataset", "Datafile")) {
            SearchCalls.awaitIndexed(root, target, Duration.ofSeconds(60));
        }
    }

    @Test
    void aWordOfASummaryFindsTheInvestigationsEachCallerMayRead() throws Exception {
        String query = "{\"target\":\"Investigation\",\"text\":\"titanium\"}";
        String oracle = "SELECT i.id FROM Investigation i WHERE LOWER(i.summary) LIKE '%titanium%'"
                + " OR LOWER(i.title) LIKE '%titanium%'";
        for (Map.Entry<String, String> caller : callers().entrySet()) {
            JsonObject answer = documentsOk(caller.getValue(), query, "");
            assertEquals(jpqlIds(caller.getValue(), oracle), new TreeSet<>(resultIds(answer)), caller.getKey());
            assertEquals(resultIds(answer).size(), answer.getJsonNumber("total").longValue(), caller.getKey());
        }
        String root = DemoCatalogueFixture.login("root");
        long ma4321 = jpqlIds(root, "SELECT i.id FROM Investigation i WHERE i.name = 'MA-4321'").first();
        assertTrue(resultIds(documentsOk(root, query, "")).contains(ma4321), "root finds MA-4321 by 'titanium'");
        assertFalse(resultIds(documentsOk(DemoCatalogueFixture.login("bob"), query, "")).contains(ma4321),
                "bob does not find alice's MA-4321");
        // Proposal numbers are found whole.
        assertEquals(List.of(ma4321), resultIds(documentsOk(DemoCatalogueFixture.login("alice"),
                "{\"target\":\"Investigation\",\"text\":\"MA-4321\"}", "")));
    }

    @Test
    void totalsAndFacetCountsCoverOnlyWhatTheCallerMayRead() throws Exception {
        String query = "{\"target\":\"Dataset\",\"facets\":[{\"target\":\"Dataset\",\"dimensions\":"
                + "[{\"dimension\":\"type.name\"}]}]}";
        Map<String, Map<String, Long>> seen = new TreeMap<>();
        for (Map.Entry<String, String> caller : callers().entrySet()) {
            String session = caller.getValue();
            JsonObject answer = documentsOk(session, query, "&maxCount=1000");
            assertEquals(jpqlCount(session, "SELECT COUNT(ds) FROM Dataset ds"),
                    answer.getJsonNumber("total").longValue(), caller.getKey() + " total");
            assertEquals(jpqlIds(session, "SELECT ds.id FROM Dataset ds"), new TreeSet<>(resultIds(answer)),
                    caller.getKey() + " hits");
            Map<String, Long> types = typeCounts(session, "SELECT ds.id, t.name FROM Dataset ds JOIN ds.type t");
            assertEquals(types, dimension(answer, "Dataset.type.name"), caller.getKey() + " facet");
            // facet/documents counts the same for the same caller.
            HttpResponse<String> facets = Http.get("/icat/facet/documents?sessionId=" + encode(session) + "&query="
                    + encode(query));
            assertEquals(200, facets.statusCode(), facets.body());
            assertEquals(types, dimension(Http.json(facets), "Dataset.type.name"), caller.getKey() + " facet/documents");
            seen.put(caller.getKey(), types);
        }
        // Only MA-4321 has a processed dataset: root and alice see the value, bob and anon never do.
        assertTrue(seen.get("root").containsKey("processed"), seen.toString());
        assertTrue(seen.get("alice").containsKey("processed"), seen.toString());
        assertFalse(seen.get("bob").containsKey("processed"), seen.toString());
        assertFalse(seen.get("anon").containsKey("processed"), seen.toString());
        assertEquals(Map.of(), seen.get("anon"));
    }

    @Test
    void aParameterRangeWithUnitsAndASampleNameAnswerAsTheRuleScopedQuery() throws Exception {
        String energy = "{\"target\":\"Dataset\",\"parameters\":[{\"name\":\"InstrumentMonochromator_energy\","
                + "\"units\":\"keV\",\"lowerNumericValue\":43,\"upperNumericValue\":44}]}";
        String energyOracle = "SELECT p.dataset.id FROM DatasetParameter p WHERE p.type.name ="
                + " 'InstrumentMonochromator_energy' AND p.numericValue >= 43 AND p.numericValue <= 44";
        String sample = "{\"target\":\"Dataset\",\"filter\":{\"sample.name\":\"Ti64_as_built\"}}";
        String sampleOracle = "SELECT ds.id FROM Dataset ds JOIN ds.sample s WHERE s.name = 'Ti64_as_built'";
        for (Map.Entry<String, String> caller : callers().entrySet()) {
            assertEquals(jpqlIds(caller.getValue(), energyOracle),
                    new TreeSet<>(resultIds(documentsOk(caller.getValue(), energy, ""))), caller.getKey() + " energy");
            assertEquals(jpqlIds(caller.getValue(), sampleOracle),
                    new TreeSet<>(resultIds(documentsOk(caller.getValue(), sample, ""))), caller.getKey() + " sample");
        }
        String alice = DemoCatalogueFixture.login("alice");
        assertEquals(2, resultIds(documentsOk(alice, energy, "")).size(), "alice's two diffraction datasets at 43.35 keV");
        // The same range in eV finds the same datasets.
        assertEquals(new TreeSet<>(resultIds(documentsOk(alice, energy, ""))), new TreeSet<>(resultIds(documentsOk(alice,
                energy.replace("\"keV\",\"lowerNumericValue\":43,\"upperNumericValue\":44",
                        "\"eV\",\"lowerNumericValue\":43000,\"upperNumericValue\":44000"), ""))));
    }

    @Test
    void sortAndSearchAfterVisitEveryReadableDatafileOnceInOrder() throws Exception {
        for (String user : List.of("alice", "root")) {
            String session = DemoCatalogueFixture.login(user);
            List<Long> ids = new ArrayList<>();
            List<String> names = new ArrayList<>();
            String after = null;
            int pages = 0;
            do {
                String extra = "&maxCount=3&sort=" + encode("{\"name\":\"asc\"}")
                        + (after == null ? "" : "&search_after=" + encode(after));
                JsonObject page = documentsOk(session, "{\"target\":\"Datafile\"}", extra);
                for (JsonValue result : page.getJsonArray("results")) {
                    ids.add(result.asJsonObject().getJsonNumber("id").longValue());
                    names.add(result.asJsonObject().getJsonObject("source").getString("name"));
                }
                assertTrue(page.getJsonArray("results").size() <= 3);
                after = page.containsKey("search_after") ? page.get("search_after").toString() : null;
                pages++;
            } while (after != null && pages < 1000);
            TreeSet<Long> oracle = jpqlIds(session, "SELECT df.id FROM Datafile df");
            assertEquals(oracle.size(), ids.size(), user + ": each datafile once");
            assertEquals(oracle, new TreeSet<>(ids), user);
            for (int i = 1; i < names.size(); i++) {
                assertTrue(names.get(i - 1).compareTo(names.get(i)) <= 0, user + ": " + names);
            }
            assertTrue(ids.size() > 3, user + " pages through more than one page");
        }
    }

    @Test
    void restrictKeepsTheCallersOwnInvestigations() throws Exception {
        String alice = DemoCatalogueFixture.login("alice");
        String root = DemoCatalogueFixture.login("root");
        String oracle = "SELECT i.id FROM Investigation i JOIN i.investigationUsers iu JOIN iu.user u"
                + " WHERE u.name = 'simple/alice'";
        assertEquals(jpqlIds(root, oracle), new TreeSet<>(resultIds(documentsOk(alice,
                "{\"target\":\"Investigation\"}", "&restrict=true"))));
        assertEquals(jpqlIds(root, oracle), new TreeSet<>(resultIds(documentsOk(root,
                "{\"target\":\"Investigation\",\"user\":\"simple/alice\"}", ""))));
    }

    @Test
    void releasedDataIsFoundByEveryoneOnceItsRulesAllowIt() throws Exception {
        String root = DemoCatalogueFixture.login("root");
        long es1234 = jpqlIds(root, "SELECT i.id FROM Investigation i WHERE i.name = 'ES-1234'").first();
        JsonArray before = DemoCatalogueFixture.ICAT.search(root, "SELECT i.releaseDate FROM Investigation i WHERE i.id = "
                + es1234);
        List<Long> rules = DemoCatalogueFixture.ICAT.write(root, List.of(
                rule("SELECT i FROM Investigation i WHERE i.releaseDate < CURRENT_TIMESTAMP"),
                rule("SELECT x FROM Dataset x JOIN x.investigation i WHERE i.releaseDate < CURRENT_TIMESTAMP")));
        try {
            DemoCatalogueFixture.ICAT.update(root, "Investigation", Json.createObjectBuilder().add("id", es1234)
                    .add("releaseDate", "2026-01-01T00:00:00.000Z").build());
            String alice = DemoCatalogueFixture.login("alice");
            String query = "{\"target\":\"Dataset\",\"text\":\"cement\"}";
            TreeSet<Long> oracle = jpqlIds(alice, "SELECT ds.id FROM Dataset ds WHERE ds.investigation.id = " + es1234);
            assertFalse(oracle.isEmpty(), "the released data is readable by alice");
            assertEquals(oracle, new TreeSet<>(resultIds(documentsOk(alice, query, ""))));
        } finally {
            DemoCatalogueFixture.ICAT.delete(root, rules.stream().map(id -> new EntityRef("Rule", id)).toList());
            var restore = Json.createObjectBuilder().add("id", es1234);
            if (before.isEmpty() || before.get(0).getValueType() == JsonValue.ValueType.NULL) {
                restore.addNull("releaseDate");
            } else {
                restore.add("releaseDate", before.get(0));
            }
            DemoCatalogueFixture.ICAT.update(root, "Investigation", restore.build());
        }
        String alice = DemoCatalogueFixture.login("alice");
        assertEquals(List.of(), resultIds(documentsOk(alice, "{\"target\":\"Dataset\",\"text\":\"cement\"}", "")),
                "hidden again once the rules are gone");
    }

    @Test
    void aMemberAddedOrRemovedSeesTheChangeAtOnce() throws Exception {
        String root = DemoCatalogueFixture.login("root");
        long ma4321 = jpqlIds(root, "SELECT i.id FROM Investigation i WHERE i.name = 'MA-4321'").first();
        long bob = jpqlIds(root, "SELECT u.id FROM User u WHERE u.name = 'simple/bob'").first();
        String datafiles = "{\"target\":\"Datafile\",\"filter\":{\"investigation.name\":\"MA-4321\"}}";
        String datasets = "{\"target\":\"Dataset\",\"filter\":{\"investigation.name\":\"MA-4321\"}}";
        String bobSession = DemoCatalogueFixture.login("bob");
        assertEquals(List.of(), resultIds(documentsOk(bobSession, datafiles, "&maxCount=1000")), "bob is no member yet");
        long membership = DemoCatalogueFixture.ICAT.write(root, List.of(Json.createObjectBuilder().add("InvestigationUser",
                Json.createObjectBuilder().add("investigation", Json.createObjectBuilder().add("id", ma4321))
                        .add("user", Json.createObjectBuilder().add("id", bob)).add("role", "CO_INVESTIGATOR"))
                .build())).get(0);
        boolean removed = false;
        try {
            TreeSet<Long> files = jpqlIds(root, "SELECT df.id FROM Datafile df WHERE df.dataset.investigation.id = "
                    + ma4321);
            assertFalse(files.isEmpty());
            assertEquals(files, new TreeSet<>(resultIds(documentsOk(bobSession, datafiles, "&maxCount=1000"))),
                    "bob finds MA-4321's datafiles as soon as he is a member");
            assertEquals(jpqlIds(bobSession, "SELECT ds.id FROM Dataset ds WHERE ds.investigation.id = " + ma4321),
                    new TreeSet<>(resultIds(documentsOk(bobSession, datasets, "&maxCount=1000"))));
            DemoCatalogueFixture.ICAT.delete(root, List.of(new EntityRef("InvestigationUser", membership)));
            removed = true;
            assertEquals(List.of(), resultIds(documentsOk(bobSession, datafiles, "&maxCount=1000")),
                    "and no longer as soon as he is removed");
            assertEquals(0, documentsOk(bobSession, datasets, "").getJsonNumber("total").longValue());
        } finally {
            if (!removed) {
                DemoCatalogueFixture.ICAT.delete(root, List.of(new EntityRef("InvestigationUser", membership)));
            }
        }
    }

    @Test
    void membersNamesReachOnlyRoot() throws Exception {
        String query = "{\"target\":\"Investigation\",\"text\":\"MA-4321\"}";
        JsonObject asAlice = documentsOk(DemoCatalogueFixture.login("alice"), query, "");
        assertFalse(asAlice.getJsonArray("results").isEmpty());
        for (JsonValue result : asAlice.getJsonArray("results")) {
            JsonObject source = result.asJsonObject().getJsonObject("source");
            assertEquals("MA-4321", source.getString("name"));
            assertFalse(source.containsKey("user.name") || source.containsKey("user.fullName"), source.toString());
        }
        JsonObject asRoot = documentsOk(DemoCatalogueFixture.login("root"), query, "");
        assertTrue(asRoot.getJsonArray("results").get(0).asJsonObject().getJsonObject("source").containsKey("user.name"),
                asRoot.toString());
        // A sort by members' names would hand them out in search_after.
        assertError(documents(DemoCatalogueFixture.login("alice"), "{\"target\":\"Investigation\"}",
                "&maxCount=1&sort=" + encode("{\"user.name\":\"asc\"}")), 400, "BAD_PARAMETER");
    }

    @Test
    void badQueriesAndMissingSessionsAnswerTheErrorContract() throws Exception {
        String alice = DemoCatalogueFixture.login("alice");
        assertError(documents(alice, "{\"target\":\"Sample\"}", ""), 400, "BAD_PARAMETER");
        assertError(documents(alice, "{rubbish", ""), 400, "BAD_PARAMETER");
        assertError(documents(alice, "{\"target\":\"Dataset\",\"parameters\":[{\"name\":\"x\"}]}", ""), 400,
                "BAD_PARAMETER");
        assertError(documents(alice, "{\"target\":\"Dataset\"}", "&maxCount=lots"), 400, "BAD_PARAMETER");
        assertError(documents(alice, "{\"target\":\"Dataset\"}", "&sort=" + encode("{\"name\":\"sideways\"}")), 400,
                "BAD_PARAMETER");
        assertError(documents(alice, "{\"target\":\"Dataset\"}", "&search_after=" + encode("{}")), 400,
                "BAD_PARAMETER");
        assertError(documents(alice, "{\"target\":\"Dataset\",\"filter\":{\"noSuchField\":\"x\"}}", ""), 400,
                "BAD_PARAMETER");
        assertError(Http.get("/icat/search/documents?query=" + encode("{\"target\":\"Dataset\"}")), 403, "SESSION");
        assertError(Http.get("/icat/facet/documents?query=" + encode("{\"target\":\"Dataset\"}")), 403, "SESSION");
    }

    private static void assertError(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject error = Http.json(response);
        assertEquals(code, error.getString("code"), response.body());
        assertFalse(response.body().contains("Exception"), response.body());
    }

    private static JsonObject rule(String what) {
        return Json.createObjectBuilder().add("Rule", Json.createObjectBuilder().add("what", what).add("crudFlags", "R"))
                .build();
    }

    /** Datasets per type name, counted from a rule-scoped {@code SELECT ds.id, t.name} search. */
    private static Map<String, Long> typeCounts(String session, String jpql) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        for (JsonValue row : DemoCatalogueFixture.ICAT.search(session, jpql)) {
            counts.merge(row.asJsonArray().getString(1), 1L, Long::sum);
        }
        return counts;
    }
}
