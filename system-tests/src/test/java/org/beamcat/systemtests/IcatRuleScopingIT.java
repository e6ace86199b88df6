package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beamcat.icat.client.EntityRef;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14, item 2: READ rules restrict every entity a query touches. On the demo facility, alice (member of
 * MA-4321 only) and an anonymous session ask about bob's ES-1234 through joins, paths, sub-selects, ORDER BY and
 * COUNT: each answer must equal the answer for a proposal that does not exist. Also the translation 500s of item 3
 * (two FROM ranges, LEFT OUTER JOIN … IS NULL, GROUP BY … HAVING) for users who are not root, and TopCAT's browse
 * queries answering as they did, under the demo's rules and under the rule set ICAT's installation guide suggests.
 */
@ExtendWith(ArquillianExtension.class)
class IcatRuleScopingIT {

    private static final String HIDDEN = "ES-1234";
    private static final String MISSING = "XX-0000";

    @Deployment(testable = false)
    static WebArchive icatServer() {
        return Archives.icatServer();
    }

    @BeforeEach
    void demoFacility() throws Exception {
        DemoCatalogueFixture.ensureLoaded();
    }

    @Test
    void theIssuesOracleQueriesAnswerForAliceAndAnonAsForAProposalThatDoesNotExist() throws Exception {
        List<String> templates = List.of(
                "SELECT u.name FROM User u JOIN u.investigationUsers iu WHERE iu.investigation.name = '%s'",
                "SELECT f.id FROM Facility f JOIN f.investigations i WHERE i.name='%s' AND i.title LIKE 'N%%'",
                "SELECT COUNT(f) FROM DatafileFormat f JOIN f.datafiles df JOIN df.dataset ds "
                        + "JOIN ds.investigation i WHERE i.name = '%s'",
                // the concise dialect
                "User.name <-> InvestigationUser <-> Investigation [name = '%s']",
                "COUNT(DatafileFormat) <-> Datafile <-> Dataset <-> Investigation [name = '%s']");
        for (String session : outsiders()) {
            for (String template : templates) {
                assertSameAsMissing(session, template);
            }
            assertEquals(search(session, "SELECT COUNT(f) FROM DatafileFormat f JOIN f.datafiles df "
                    + "WHERE df.location LIKE 'id99/%'"), search(session, "SELECT COUNT(f) FROM DatafileFormat f "
                    + "JOIN f.datafiles df WHERE df.location LIKE 'id16a/%'"));
        }
        // the rows are there for those who may read them
        String bob = DemoCatalogueFixture.login("bob");
        assertEquals("[\"simple/bob\"]", search(bob, String.format(templates.get(0), HIDDEN)).toString());
        assertEquals("[6]", search(bob, "SELECT COUNT(f) FROM DatafileFormat f JOIN f.datafiles df "
                + "WHERE df.location LIKE 'id16a/%'").toString());
    }

    @Test
    void subqueriesOrderByGroupByAndHavingReadNothingHidden() throws Exception {
        List<String> templates = List.of(
                "SELECT f.name FROM Facility f WHERE EXISTS (SELECT iu.id FROM InvestigationUser iu "
                        + "WHERE iu.investigation.name = '%s')",
                "SELECT u.name FROM User u WHERE u.id IN (SELECT iu.user.id FROM InvestigationUser iu "
                        + "JOIN iu.investigation i WHERE i.name = '%s')",
                "SELECT i.name, COUNT(df) FROM Datafile df JOIN df.dataset ds JOIN ds.investigation i "
                        + "WHERE i.name = '%s' GROUP BY i.name HAVING COUNT(df) > 0",
                "SELECT u.name FROM User u JOIN u.investigationUsers iu WHERE iu.investigation.name = '%s' "
                        + "ORDER BY iu.investigation.title",
                "COUNT(User) <-> InvestigationUser <-> Investigation [name = '%s']");
        for (String session : outsiders()) {
            for (String template : templates) {
                assertSameAsMissing(session, template);
            }
        }
    }

    /**
     * Issue 14, item 3: each of these answered 500 for a user who is not root on a stack whose DOI job had added its
     * public rules for released data (a second READ rule on the same entities, whose sub-selects EclipseLink gave a
     * join alias declared only in the first). The same rules are added here for the test.
     */
    @Test
    void twoRangesLeftJoinIsNullAndHavingAnswer200ForUsersWhoAreNotRoot() throws Exception {
        String root = DemoCatalogueFixture.login("root");
        List<Long> added = addMissingRules(root, RELEASED_DATA_RULES);
        try {
            String alice = DemoCatalogueFixture.login("alice");
            String bob = DemoCatalogueFixture.login("bob");
            List<String> queries = List.of(
                    "SELECT d.id, df.id FROM Dataset d, Datafile df WHERE df.dataset = d AND d.name = 'x'",
                    "SELECT i.name FROM Investigation i LEFT OUTER JOIN i.datasets ds WHERE ds.id IS NULL",
                    "SELECT i.name FROM Investigation i LEFT OUTER JOIN i.datasets ds WHERE ds IS NULL",
                    "SELECT ds.name FROM Dataset ds LEFT OUTER JOIN ds.datafiles df WHERE df.id IS NULL",
                    "SELECT ds.name, COUNT(df) FROM Datafile df JOIN df.dataset ds GROUP BY ds.name HAVING COUNT(df) > 1",
                    "SELECT i.name, COUNT(ds) FROM Dataset ds JOIN ds.investigation i GROUP BY i.name "
                            + "HAVING COUNT(ds) >= 1");
            List<String> failed = new ArrayList<>();
            for (String query : queries) {
                HttpResponse<String> response = Http.get("/icat/entityManager?sessionId=" + bob + "&query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8));
                if (response.statusCode() != 200) {
                    failed.add(response.statusCode() + " " + query + " -> " + response.body());
                }
            }
            assertEquals(List.of(), failed);
            String pairs = "SELECT d.id, df.id FROM Dataset d, Datafile df WHERE df.dataset = d "
                    + "AND d.name = 'cement_7d_holo_0001'";
            assertEquals(6, ok(bob, pairs).size());
            assertEquals(0, ok(alice, pairs).size());
            assertEquals(6, ok(bob, "SELECT d.id, df.id FROM Dataset d, Datafile df WHERE df.dataset.id = d.id "
                    + "AND df.dataset.name = 'cement_7d_holo_0001'").size());
            String withoutDatasets = "SELECT i.name FROM Investigation i LEFT OUTER JOIN i.datasets ds "
                    + "WHERE ds.id IS NULL";
            assertEquals(0, ok(bob, withoutDatasets).size());
            String withoutFiles = "SELECT ds.name FROM Dataset ds LEFT OUTER JOIN ds.datafiles df WHERE df.id IS NULL "
                    + "ORDER BY ds.name";
            assertEquals(List.of(), strings(ok(bob, withoutFiles)));
            String lonelyUsers = "SELECT u.name FROM User u LEFT OUTER JOIN u.investigationUsers iu "
                    + "WHERE iu.id IS NULL";
            List<String> aliceSees = strings(ok(alice, lonelyUsers));
            assertTrue(aliceSees.contains("simple/bob"), "bob's membership is hidden from alice: " + aliceSees);
            assertFalse(aliceSees.contains("simple/alice"), aliceSees.toString());
            String perDataset = "SELECT ds.name, COUNT(df) FROM Datafile df JOIN df.dataset ds GROUP BY ds.name "
                    + "HAVING COUNT(df) > 1 ORDER BY ds.name";
            assertEquals("[[\"cement_7d_holo_0001\",6]]", ok(bob, perDataset).toString().replace(" ", ""));
            assertEquals("[[\"Ti64_annealed_0001\",5],[\"Ti64_as_built_0001\",5]]",
                    ok(alice, perDataset).toString().replace(" ", ""));
            assertEquals("[[\"ES-1234\",1]]", ok(bob, "SELECT i.name, COUNT(ds) FROM Dataset ds "
                    + "JOIN ds.investigation i GROUP BY i.name HAVING COUNT(ds) >= 1").toString().replace(" ", ""));
        } finally {
            DemoCatalogueFixture.ICAT.delete(root, added.stream().map(id -> new EntityRef("Rule", id)).toList());
        }
    }

    /** As the DOI job's public rules (landing-war PublicReadRules): READ for all once the release date passed. */
    private static final List<String> RELEASED_DATA_RULES = List.of(
            "SELECT i FROM Investigation i WHERE i.releaseDate < CURRENT_TIMESTAMP",
            "SELECT x FROM Dataset x JOIN x.investigation i WHERE i.releaseDate < CURRENT_TIMESTAMP",
            "SELECT x FROM Datafile x JOIN x.dataset ds JOIN ds.investigation i WHERE i.releaseDate < CURRENT_TIMESTAMP");

    private static List<Long> addMissingRules(String root, List<String> whats) throws Exception {
        List<String> present = strings(search(root, "SELECT r.what FROM Rule r WHERE r.grouping IS NULL "
                + "AND r.crudFlags = 'R'"));
        List<JsonObject> missing = new ArrayList<>();
        for (String what : whats) {
            if (!present.contains(what)) {
                missing.add(Json.createObjectBuilder().add("Rule", Json.createObjectBuilder().add("what", what)
                        .add("crudFlags", "R")).build());
            }
        }
        return missing.isEmpty() ? List.of() : DemoCatalogueFixture.ICAT.write(root, missing);
    }

    @Test
    void topcatBrowsesAsBeforeUnderTheDemoRules() throws Exception {
        assertTopcatAnswers();
    }

    /**
     * The rule set ICAT's installation guide suggests instead of the demo's: public reference tables, members
     * read their investigations and everything below, the InvestigationUser rows and Users of their
     * investigations, and their own User. The demo's READ rules are put back afterwards.
     */
    @Test
    void topcatBrowsesAsBeforeUnderTheRulesIcatsInstallationGuideSuggests() throws Exception {
        String root = DemoCatalogueFixture.login("root");
        JsonArray demoRules = search(root, "SELECT r FROM Rule r WHERE r.grouping IS NULL AND r.crudFlags = 'R'");
        List<EntityRef> demo = new ArrayList<>();
        List<JsonObject> restore = new ArrayList<>();
        for (JsonValue row : demoRules) {
            JsonObject rule = row.asJsonObject().getJsonObject("Rule");
            demo.add(new EntityRef("Rule", rule.getJsonNumber("id").longValue()));
            restore.add(Json.createObjectBuilder().add("Rule", Json.createObjectBuilder()
                    .add("what", rule.getString("what")).add("crudFlags", "R")).build());
        }
        String member = " <-> InvestigationUser <-> User [name = :user]";
        List<String> recommended = new ArrayList<>(List.of("Facility", "Instrument", "InvestigationType",
                "DatasetType", "DatafileFormat", "ParameterType", "FacilityCycle", "SampleType", "User [name = :user]",
                "Investigation" + member,
                "InvestigationUser <-> Investigation" + member,
                "User <-> InvestigationUser <-> Investigation" + member,
                "InvestigationInstrument <-> Investigation" + member,
                "Sample <-> Investigation" + member,
                "Dataset <-> Investigation" + member,
                "DatasetParameter <-> Dataset <-> Investigation" + member,
                "Datafile <-> Dataset <-> Investigation" + member,
                "DatafileParameter <-> Datafile <-> Dataset <-> Investigation" + member));
        List<JsonObject> rules = new ArrayList<>();
        recommended.forEach(what -> rules.add(Json.createObjectBuilder().add("Rule", Json.createObjectBuilder()
                .add("what", what).add("crudFlags", "R")).build()));
        DemoCatalogueFixture.ICAT.delete(root, demo);
        List<Long> created = List.of();
        try {
            created = DemoCatalogueFixture.ICAT.write(root, rules);
            assertTopcatAnswers();
        } finally {
            if (!created.isEmpty()) {
                DemoCatalogueFixture.ICAT.delete(root, created.stream().map(id -> new EntityRef("Rule", id)).toList());
            }
            DemoCatalogueFixture.ICAT.write(root, restore);
        }
    }

    /**
     * TopCAT's queries (contract ids-and-topcat.md §5) for alice, bob and root, with the answers TopCAT got before
     * rules were applied to every entity: the member's own data, root's everything.
     */
    private static void assertTopcatAnswers() throws Exception {
        String root = DemoCatalogueFixture.login("root");
        long facility = search(root, "SELECT f.id FROM Facility f WHERE f.name = 'ESRF'").getJsonNumber(0).longValue();
        long ma = search(root, "SELECT i.id FROM Investigation i WHERE i.name = 'MA-4321'").getJsonNumber(0).longValue();
        long dataset = search(root, "SELECT ds.id FROM Dataset ds WHERE ds.name = 'Ti64_as_built_0001'")
                .getJsonNumber(0).longValue();
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("my data", "SELECT DISTINCT investigation FROM Investigation investigation, "
                + "investigation.investigationUsers as investigationUser, investigationUser.user as user "
                + "WHERE user.name = :user ORDER BY investigation.name");
        queries.put("investigations", "SELECT DISTINCT investigation FROM Investigation investigation, "
                + "investigation.facility as facility WHERE facility.id = " + facility
                + " ORDER BY investigation.title asc, investigation.id asc LIMIT 0, 50");
        queries.put("investigation count", "SELECT COUNT(DISTINCT investigation) FROM Investigation investigation, "
                + "investigation.facility as facility WHERE facility.id = " + facility);
        queries.put("datasets", "SELECT DISTINCT dataset FROM Dataset dataset, dataset.investigation as investigation,"
                + " investigation.facility as facility WHERE facility.id = " + facility + " AND investigation.id = " + ma
                + " ORDER BY dataset.name asc, dataset.id asc LIMIT 0, 50");
        queries.put("dataset count", "SELECT COUNT(dataset) FROM Dataset dataset, dataset.investigation as "
                + "investigation WHERE investigation.id = " + ma);
        queries.put("datafiles", "SELECT DISTINCT datafile FROM Datafile datafile, datafile.dataset as dataset,"
                + " dataset.investigation as investigation, investigation.facility as facility WHERE facility.id = "
                + facility + " AND investigation.id = " + ma + " AND dataset.id = " + dataset
                + " ORDER BY datafile.name asc, datafile.id asc LIMIT 0, 50");
        queries.put("datafile count", "SELECT COUNT(datafile) FROM Datafile datafile, datafile.dataset as dataset "
                + "WHERE dataset.id = " + dataset);
        queries.put("user", "SELECT u.fullName FROM User u WHERE u.name = :user");
        queries.put("search results", "SELECT ds FROM Dataset ds WHERE ds.id IN (" + dataset + ") "
                + "INCLUDE ds.investigation");

        Map<String, String> alice = answers(DemoCatalogueFixture.login("alice"), queries);
        assertEquals("[MA-4321]", alice.get("my data"));
        assertEquals("[MA-4321]", alice.get("investigations"));
        assertEquals("[1]", alice.get("investigation count"));
        assertEquals("[Ti64_annealed_0001, Ti64_as_built_0001, Ti64_as_built_0001_integrated]", alice.get("datasets"));
        assertEquals("[3]", alice.get("dataset count"));
        assertEquals(5, alice.get("datafiles").split(",").length, alice.get("datafiles"));
        assertEquals("[5]", alice.get("datafile count"));
        assertEquals("[Alice (demo)]", alice.get("user"));
        assertEquals("[Ti64_as_built_0001]", alice.get("search results"));

        Map<String, String> bob = answers(DemoCatalogueFixture.login("bob"), queries);
        assertEquals("[ES-1234]", bob.get("my data"));
        assertEquals("[ES-1234]", bob.get("investigations"));
        assertEquals("[]", bob.get("datasets"));
        assertEquals("[0]", bob.get("datafile count"));
        assertEquals("[Bob (demo)]", bob.get("user"));

        Map<String, String> asRoot = answers(root, queries);
        assertTrue(asRoot.get("investigations").contains("ES-1234") && asRoot.get("investigations").contains("MA-4321"),
                asRoot.get("investigations"));
        assertEquals(alice.get("datasets"), asRoot.get("datasets"));
        assertEquals(alice.get("datafiles"), asRoot.get("datafiles"));
    }

    /** Each query's answer as a list of names (entities) or values, as text. */
    private static Map<String, String> answers(String session, Map<String, String> queries) throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Map.Entry<String, String> query : queries.entrySet()) {
            List<String> values = new ArrayList<>();
            for (JsonValue row : ok(session, query.getValue())) {
                if (row.getValueType() == JsonValue.ValueType.OBJECT) {
                    JsonObject entity = row.asJsonObject().values().iterator().next().asJsonObject();
                    values.add(entity.getString("name"));
                } else {
                    values.add(row.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) row)
                            .getString() : row.toString());
                }
            }
            answers.put(query.getKey(), values.toString());
        }
        return answers;
    }

    private static List<String> outsiders() throws Exception {
        return List.of(DemoCatalogueFixture.login("alice"), DemoCatalogueFixture.ICAT.login("anon", Map.of()));
    }

    private static void assertSameAsMissing(String session, String template) throws Exception {
        JsonArray missing = ok(session, String.format(template, MISSING));
        assertEquals(missing, ok(session, String.format(template, HIDDEN)), template);
    }

    /** The search's answer, which must be 200 (never the 500 these queries used to get). */
    private static JsonArray ok(String session, String query) throws Exception {
        HttpResponse<String> response = Http.get("/icat/entityManager?sessionId=" + session + "&query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), query + " -> " + response.body());
        return Json.createReader(new java.io.StringReader(response.body())).readArray();
    }

    private static JsonArray search(String session, String query) throws Exception {
        return ok(session, query);
    }

    private static List<String> strings(JsonArray rows) {
        return rows.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }
}
