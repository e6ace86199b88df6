package org.beamcat.systemtests;

import static org.beamcat.systemtests.SearchCalls.callers;
import static org.beamcat.systemtests.SearchCalls.jpqlIds;
import static org.beamcat.systemtests.SearchCalls.luceneData;
import static org.beamcat.systemtests.SearchCalls.luceneIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The scenarios of icat.server's own {@code TestRS.testLuceneInvestigations/Datasets/Datafiles}, restated on the
 * demo facility through the ICAT 4.7 call {@code lucene/data}: everything of a target, by member (a known and an
 * unknown user), by words joined with AND, by a date window precise to the minute, by string and numeric
 * parameters alone and together, by sample, and a user who may read nothing finds nothing; a parameter without
 * units is BAD_PARAMETER. Each answer is also compared with the rule-scoped JPQL search of the same caller.
 */
@ExtendWith(ArquillianExtension.class)
class IcatSearchLuceneScenariosIT {

    @Deployment(testable = false)
    static WebArchive icatServer() {
        return Archives.icatServer();
    }

    private String root;
    private String alice;
    private long ma4321;

    @BeforeEach
    void demoFacilityIndexed() throws Exception {
        DemoCatalogueFixture.ensureLoaded();
        root = DemoCatalogueFixture.login("root");
        alice = DemoCatalogueFixture.login("alice");
        for (String target : List.of("Investigation", "Dataset", "Datafile")) {
            SearchCalls.awaitIndexed(root, target, Duration.ofSeconds(60));
        }
        ma4321 = jpqlIds(root, "SELECT i.id FROM Investigation i WHERE i.name = 'MA-4321'").first();
    }

    private static TreeSet<Long> found(String session, String query) throws Exception {
        return new TreeSet<>(luceneIds(session, query));
    }

    @Test
    void everythingOfATargetIsWhatEachCallerMayRead() throws Exception {
        for (Map.Entry<String, String> caller : callers().entrySet()) {
            for (String target : List.of("Investigation", "Dataset", "Datafile")) {
                assertEquals(jpqlIds(caller.getValue(), "SELECT x.id FROM " + target + " x"),
                        found(caller.getValue(), "{\"target\":\"" + target + "\"}"), caller.getKey() + " " + target);
            }
        }
        assertEquals(List.of(), luceneIds(DemoCatalogueFixture.ICAT.login("anon", Map.of()),
                "{\"target\":\"Datafile\"}"), "anon reads no datafile");
    }

    @Test
    void investigationsByMemberWordsDatesToTheMinuteAndSamples() throws Exception {
        String mine = "{\"target\":\"Investigation\",\"user\":\"simple/alice\"";
        assertEquals(new TreeSet<>(List.of(ma4321)), found(root, mine + "}"));
        assertEquals(List.of(), luceneIds(root, "{\"target\":\"Investigation\",\"user\":\"simple/nobody\"}"));
        assertEquals(new TreeSet<>(List.of(ma4321)), found(root, mine + ",\"text\":\"titanium AND alloy\"}"));
        assertEquals(List.of(), luceneIds(root, mine + ",\"text\":\"titanium AND cement\"}"));
        // MA-4321 ran from 2026-03-12 08:00 to 2026-03-15 08:00 UTC; the window is precise to the minute.
        assertEquals(new TreeSet<>(List.of(ma4321)), found(root, mine
                + ",\"lower\":\"202603120800\",\"upper\":\"202603150800\"}"));
        assertEquals(List.of(), luceneIds(root, mine + ",\"lower\":\"202603120801\",\"upper\":\"202603150800\"}"));
        assertEquals(List.of(), luceneIds(root, mine + ",\"lower\":\"202603120800\",\"upper\":\"202603150759\"}"));
        assertEquals(new TreeSet<>(List.of(ma4321)), found(alice,
                "{\"target\":\"Investigation\",\"samples\":[\"Ti64_annealed\"]}"));
        assertEquals(List.of(), luceneIds(DemoCatalogueFixture.login("bob"),
                "{\"target\":\"Investigation\",\"samples\":[\"Ti64_annealed\"]}"), "bob does not see alice's sample");
    }

    @Test
    void datasetsByStringAndNumericParametersAloneAndTogether() throws Exception {
        String string = "{\"name\":\"scanType\",\"units\":\"NA\",\"stringValue\":\"step_by_step\"}";
        String numeric = "{\"name\":\"InstrumentMonochromator_energy\",\"units\":\"keV\",\"lowerNumericValue\":43,"
                + "\"upperNumericValue\":44}";
        String stringOracle = "SELECT p.dataset.id FROM DatasetParameter p WHERE p.type.name = 'scanType'"
                + " AND p.stringValue = 'step_by_step'";
        String numericOracle = "SELECT p.dataset.id FROM DatasetParameter p WHERE p.type.name ="
                + " 'InstrumentMonochromator_energy' AND p.numericValue BETWEEN 43 AND 44";
        for (Map.Entry<String, String> caller : callers().entrySet()) {
            String session = caller.getValue();
            TreeSet<Long> byString = jpqlIds(session, stringOracle);
            TreeSet<Long> byNumber = jpqlIds(session, numericOracle);
            assertEquals(byString, found(session, "{\"target\":\"Dataset\",\"parameters\":[" + string + "]}"),
                    caller.getKey());
            assertEquals(byNumber, found(session, "{\"target\":\"Dataset\",\"parameters\":[" + numeric + "]}"),
                    caller.getKey());
            TreeSet<Long> both = new TreeSet<>(byString);
            both.retainAll(byNumber);
            assertEquals(both, found(session, "{\"target\":\"Dataset\",\"parameters\":[" + string + "," + numeric
                    + "]}"), caller.getKey());
        }
        assertEquals(2, found(alice, "{\"target\":\"Dataset\",\"parameters\":[" + string + "," + numeric + "]}").size());
        assertEquals(List.of(), luceneIds(alice, "{\"target\":\"Dataset\",\"parameters\":[" + string.replace("scanType",
                "scantype_misspelt") + "]}"));
    }

    @Test
    void datafilesByNameAndByMember() throws Exception {
        TreeSet<Long> oracle = jpqlIds(alice, "SELECT df.id FROM Datafile df WHERE df.dataset.name = 'Ti64_annealed_0001'");
        assertFalse(oracle.isEmpty());
        assertEquals(oracle, found(alice, "{\"target\":\"Datafile\",\"text\":\"Ti64_annealed_0001\"}"));
        assertEquals(jpqlIds(root, "SELECT df.id FROM Datafile df JOIN df.dataset ds JOIN ds.investigation i"
                + " JOIN i.investigationUsers iu JOIN iu.user u WHERE u.name = 'simple/bob'"),
                found(root, "{\"target\":\"Datafile\",\"user\":\"simple/bob\"}"));
    }

    @Test
    void aParameterWithoutUnitsIsABadParameter() throws Exception {
        HttpResponse<String> response = luceneData(alice,
                "{\"target\":\"Investigation\",\"parameters\":[{\"name\":\"colour\",\"stringValue\":\"green\"}]}", 10);
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("BAD_PARAMETER", Http.json(response).getString("code"));
    }
}
