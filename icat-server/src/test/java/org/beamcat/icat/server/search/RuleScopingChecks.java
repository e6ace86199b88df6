package org.beamcat.icat.server.search;

import static org.beamcat.icat.server.search.RuleFixture.ALICE;
import static org.beamcat.icat.server.search.RuleFixture.ANON;
import static org.beamcat.icat.server.search.RuleFixture.CAROL;
import static org.beamcat.icat.server.search.RuleFixture.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.authz.JpaRuleSource;
import org.beamcat.icat.server.authz.RuleEngine;
import org.beamcat.icat.server.entity.Datafile;
import org.beamcat.icat.server.entity.DatafileFormat;
import org.beamcat.icat.server.entity.InvestigationUser;
import org.beamcat.icat.server.entity.User;
import org.beamcat.icat.server.model.AnnotatedEntityModel;
import org.beamcat.icat.server.persistence.TestDatabase;
import org.beamcat.icat.server.query.translation.RuleScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 14: READ rules restrict every entity a query touches, not only the selected one. On the {@link RuleFixture}
 * plus dave, the only member of INV-B, and a public DatafileFormat that every datafile has (locations
 * {@code inv-a/...}, {@code inv-b/...}, {@code big/...}): the queries that read INV-B's hidden rows through joins
 * and paths must answer, for alice and anon, exactly what they answer for a proposal that does not exist. Under
 * {@link RuleScope#SELECTED_ENTITY} ICAT's answers (the leaks) come back. Subclasses give the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RuleScopingChecks {

    private static final String HIDDEN = "INV-B";
    private static final String MISSING = "NO-SUCH-PROPOSAL";
    private static final List<Caller> OUTSIDERS = List.of(ALICE, ANON);

    private CatalogueUnderTest catalogue;
    private RuleEngine icatScope;

    protected abstract TestDatabase createEmptyDatabase() throws Exception;

    @BeforeAll
    void start() throws Exception {
        catalogue = new CatalogueUnderTest(createEmptyDatabase());
        EntityManager em = catalogue.factory.createEntityManager();
        try {
            em.getTransaction().begin();
            RuleFixture fixture = catalogue.fixture;
            User dave = fixture.stamp(new User());
            dave.setName("simple/dave");
            em.persist(dave);
            InvestigationUser member = fixture.stamp(new InvestigationUser());
            member.setRole("principal_investigator");
            member.setInvestigation(em.merge(fixture.invB));
            member.setUser(dave);
            em.persist(member);
            DatafileFormat nexus = fixture.stamp(new DatafileFormat());
            nexus.setName("nexus");
            nexus.setVersion("3");
            nexus.setFacility(em.merge(fixture.facility));
            em.persist(nexus);
            for (Datafile file : em.createQuery("SELECT df FROM Datafile df", Datafile.class).getResultList()) {
                file.setDatafileFormat(nexus);
                file.setLocation(file.getDataset().getInvestigation().getName().toLowerCase() + "/"
                        + file.getDataset().getName() + "/" + file.getName());
            }
            fixture.rule(em, "R", "SELECT x FROM DatafileFormat x", null);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
        catalogue.rules.invalidate();
        icatScope = new RuleEngine(new JpaRuleSource(catalogue.factory), catalogue.queries,
                AnnotatedEntityModel.ofIcatEntities(), RuleScope.SELECTED_ENTITY);
    }

    @AfterAll
    void stop() {
        if (catalogue != null) {
            catalogue.close();
        }
    }

    /** The issue's three oracle queries, in both dialects where the concise one can say it. */
    @Test
    void theIssuesOracleQueriesAnswerAsForAProposalThatDoesNotExist() throws Exception {
        String users = "SELECT u.name FROM User u JOIN u.investigationUsers iu WHERE iu.investigation.name = '%s'";
        String facility = "SELECT f.id FROM Facility f JOIN f.investigations i WHERE i.name = '%s' "
                + "AND i.title LIKE 'I%%'";
        String formats = "SELECT COUNT(f) FROM DatafileFormat f JOIN f.datafiles df WHERE df.location LIKE '%s/%%'";
        for (Caller outsider : OUTSIDERS) {
            assertSameAsMissing(outsider, users, List.of());
            assertSameAsMissing(outsider, facility, List.of());
            assertEquals(List.of(0L), search(outsider, String.format(formats, "inv-b")).rows());
            assertEquals(search(outsider, String.format(formats, "no-such")).rows(),
                    search(outsider, String.format(formats, "inv-b")).rows());
            assertSameAsMissing(outsider, "User.name <-> InvestigationUser <-> Investigation [name = '%s']",
                    List.of());
            assertSameAsMissing(outsider, "COUNT(DatafileFormat) <-> Datafile <-> Dataset <-> Investigation "
                    + "[name = '%s']", List.of(0L));
        }
        // the rows are there: root, and dave (a member), see them
        assertEquals(List.of("simple/dave"), search(ROOT, String.format(users, HIDDEN)).rows());
        assertEquals(List.of("simple/dave"), search(dave(), String.format(users, HIDDEN)).rows());
        assertEquals(List.of(4L), search(dave(), String.format(formats, "inv-b")).rows());
        assertEquals(List.of(catalogue.fixture.facility.getId()), search(dave(), String.format(facility, HIDDEN))
                .rows());
    }

    @Test
    void icatsSelectedEntityScopeStillLeaksAsIcatDoes() throws Exception {
        String users = "SELECT u.name FROM User u JOIN u.investigationUsers iu WHERE iu.investigation.name = 'INV-B'";
        assertEquals(List.of("simple/dave"), searchWith(icatScope, ALICE, users));
        assertEquals(List.of(4L), searchWith(icatScope, ANON,
                "SELECT COUNT(f) FROM DatafileFormat f JOIN f.datafiles df WHERE df.location LIKE 'inv-b/%'"));
        assertEquals(List.of(), search(ALICE, users).rows());
    }

    @Test
    void pathsInOrderByGroupByHavingAndSubqueriesAreRestrictedToo() throws Exception {
        for (Caller outsider : OUTSIDERS) {
            assertSameAsMissing(outsider, "SELECT f.name FROM Facility f WHERE EXISTS (SELECT iu.id FROM "
                    + "InvestigationUser iu WHERE iu.investigation.name = '%s')", List.of());
            assertSameAsMissing(outsider, "SELECT u.name FROM User u WHERE u.id IN (SELECT iu.user.id FROM "
                    + "InvestigationUser iu JOIN iu.investigation i WHERE i.name = '%s')", List.of());
            assertSameAsMissing(outsider, "SELECT i.name, COUNT(df) FROM Datafile df JOIN df.dataset ds "
                    + "JOIN ds.investigation i WHERE i.name = '%s' GROUP BY i.name HAVING COUNT(df) > 0", List.of());
            // B2 is released (readable by all), its investigation is not: ordering by its title would read it
            assertEquals(List.of(), search(outsider, "SELECT ds.name FROM Dataset ds WHERE ds.name = 'B2' "
                    + "ORDER BY ds.investigation.title").rows());
            assertEquals(List.of(), search(outsider, "SELECT ds.investigation.title FROM Dataset ds "
                    + "WHERE ds.name = 'B2'").rows());
        }
        assertEquals(List.of("B2"), search(ANON, "SELECT ds.name FROM Dataset ds WHERE ds.name = 'B2'").rows());
        assertEquals(List.of("ESRF"), search(ALICE, "SELECT f.name FROM Facility f WHERE f.investigations "
                + "IS NOT EMPTY").rows());
        assertEquals(List.of(), search(ANON, "SELECT f.name FROM Facility f WHERE f.investigations "
                + "IS NOT EMPTY").rows(), "no investigation anon may read");
        assertEquals(List.of("ESRF"), search(ANON, "SELECT f.name FROM Facility f WHERE f.investigations "
                + "IS EMPTY").rows());
        String sizes = "SELECT f.name FROM Facility f WHERE SIZE(f.investigations) = %d";
        assertEquals(List.of("ESRF"), search(ROOT, String.format(sizes, 3)).rows());
        assertEquals(List.of("ESRF"), search(ALICE, String.format(sizes, 2)).rows(), "BIG and INV-A");
        assertEquals(List.of("ESRF"), search(ANON, String.format(sizes, 0)).rows());
    }

    @Test
    void aLeftJoinKeepsTheRowAndDropsOnlyTheUnreadableJoinedRows() throws Exception {
        String perUser = "SELECT u.name, COUNT(iu) FROM User u LEFT JOIN u.investigationUsers iu "
                + "GROUP BY u.name ORDER BY u.name";
        assertEquals(List.of(List.of("simple/alice", 2L), List.of("simple/bob", 0L), List.of("simple/carol", 0L),
                List.of("simple/dave", 0L)), search(ALICE, perUser).rows());
        assertEquals(List.of(List.of("simple/alice", 2L), List.of("simple/bob", 0L), List.of("simple/carol", 0L),
                List.of("simple/dave", 1L)), search(ROOT, perUser).rows());
        String withoutInvestigation = "SELECT u.name FROM User u LEFT OUTER JOIN u.investigationUsers iu "
                + "WHERE iu.id IS NULL ORDER BY u.name";
        assertEquals(List.of("simple/bob", "simple/carol", "simple/dave"), search(ALICE, withoutInvestigation).rows());
        assertEquals(List.of("simple/bob", "simple/carol"), search(ROOT, withoutInvestigation).rows());
    }

    /** Issue 14 item 3: these answered 500 for a user who is not root. */
    @Test
    void twoRangesLeftJoinIsNullAndHavingWorkForUsersWhoAreNotRoot() throws Exception {
        String pairs = "SELECT d.name, df.name FROM Dataset d, Datafile df WHERE df.dataset = d "
                + "AND d.name IN ('A1', 'B1') ORDER BY df.name";
        assertEquals(List.of(List.of("A1", "A1_0.h5"), List.of("A1", "A1_1.h5")), search(ALICE, pairs).rows());
        assertEquals(List.of(List.of("B1", "B1_0.h5")), search(CAROL, pairs).rows());
        assertEquals(3, search(ROOT, pairs).rows().size());
        assertEquals(List.of(List.of("B1", "B1_0.h5")), searchWith(icatScope, CAROL, pairs), "ICAT's scope too");
        assertEquals(List.of("A1_0.h5", "A1_1.h5"), search(ALICE, "SELECT df.name FROM Datafile df, Dataset d "
                + "WHERE df.dataset = d AND df.dataset.name = 'A1' ORDER BY df.name").rows());
        assertEquals(List.of("A1"), search(ALICE, "SELECT DISTINCT ds.name FROM Dataset ds, Datafile df "
                + "WHERE df MEMBER OF ds.datafiles AND ds.name IN ('A1', 'B1')").rows());
        assertEquals(List.of("BIG"), search(ALICE, "SELECT i.name FROM Investigation i LEFT OUTER JOIN "
                + "i.datasets ds WHERE ds.name LIKE 'big0%' GROUP BY i.name").rows());
        assertEquals(List.of(), search(ALICE, "SELECT i.name FROM Investigation i LEFT OUTER JOIN i.datasets ds "
                + "WHERE ds.id IS NULL").rows());
        String withoutMembers = "SELECT i.name FROM Investigation i LEFT OUTER JOIN i.investigationUsers iu "
                + "WHERE iu IS NULL ORDER BY i.name";
        assertEquals(List.of(), search(ROOT, withoutMembers).rows(), "every investigation has a member");
        assertEquals(List.of("INV-B"), searchWith(icatScope, ROOT, withoutMembers.replace("iu IS NULL",
                "iu IS NULL OR iu.user.name = 'simple/dave'")), "ICAT's scope answers it too");
        assertEquals(List.of(List.of("BIG", 1000L), List.of("INV-A", 3L)), search(ALICE,
                "SELECT i.name, COUNT(df) FROM Datafile df JOIN df.dataset ds JOIN ds.investigation i "
                        + "GROUP BY i.name HAVING COUNT(df) > 0 ORDER BY i.name").rows());
    }

    /**
     * TopCAT's browse and "my data" queries (contract ids-and-topcat.md §5) answer the same under every-entity
     * scoping as under ICAT's, for a member, an outsider, a grouping member and root.
     */
    @Test
    void topcatsQueriesAnswerAsUnderIcatsScope() throws Exception {
        long facility = catalogue.fixture.facility.getId();
        long investigation = catalogue.fixture.invA.getId();
        long dataset = catalogue.fixture.a1.getId();
        List<String> topcat = List.of(
                "SELECT DISTINCT investigation FROM Investigation investigation, investigation.facility as facility"
                        + " WHERE facility.id = " + facility + " ORDER BY investigation.title asc, investigation.id asc"
                        + " LIMIT 0, 50",
                "SELECT COUNT(DISTINCT investigation) FROM Investigation investigation, investigation.facility as "
                        + "facility WHERE facility.id = " + facility,
                "SELECT DISTINCT investigation FROM Investigation investigation, "
                        + "investigation.investigationUsers as investigationUser, investigationUser.user as user "
                        + "WHERE user.name = :user ORDER BY investigation.name",
                "SELECT DISTINCT dataset FROM Dataset dataset, dataset.investigation as investigation,"
                        + " investigation.facility as facility WHERE facility.id = " + facility
                        + " AND investigation.id = " + investigation + " ORDER BY dataset.name asc, dataset.id asc "
                        + "LIMIT 0, 50",
                "SELECT COUNT(dataset) FROM Dataset dataset, dataset.investigation as investigation"
                        + " WHERE investigation.id = " + investigation,
                "SELECT DISTINCT datafile FROM Datafile datafile, datafile.dataset as dataset,"
                        + " dataset.investigation as investigation, investigation.facility as facility"
                        + " WHERE facility.id = " + facility + " AND dataset.id = " + dataset
                        + " ORDER BY datafile.name asc, datafile.id asc LIMIT 0, 50",
                "SELECT COUNT(datafile) FROM Datafile datafile, datafile.dataset as dataset WHERE dataset.id = "
                        + dataset,
                "SELECT ds FROM Dataset ds WHERE ds.id IN (" + dataset + ") INCLUDE ds.investigation");
        for (Caller caller : List.of(ALICE, dave(), ANON, CAROL, ROOT)) {
            for (String query : topcat) {
                assertEquals(RuleMatrixChecks.names(searchWith(icatScope, caller, query)),
                        RuleMatrixChecks.names(search(caller, query).rows()), caller + ": " + query);
            }
        }
        assertNotEquals(List.of(), search(ALICE, topcat.get(2)).rows(), "alice's data");
        // The one difference, by design: browsing into an investigation the caller may not read lists nothing,
        // although ICAT's scope lists its released dataset B2 (TopCAT never offers that investigation to browse).
        String intoHidden = topcat.get(3).replace("investigation.id = " + investigation,
                "investigation.id = " + catalogue.fixture.invB.getId());
        assertEquals(List.of("B2"), RuleMatrixChecks.names(searchWith(icatScope, ALICE, intoHidden)));
        assertEquals(List.of(), search(ALICE, intoHidden).rows());
    }

    private void assertSameAsMissing(Caller caller, String template, List<Object> expected) throws Exception {
        List<Object> missing = search(caller, String.format(template, MISSING)).rows();
        assertEquals(expected, missing, template);
        assertEquals(missing, search(caller, String.format(template, HIDDEN)).rows(), caller + ": " + template);
    }

    private static Caller dave() {
        return new Caller("simple/dave", false);
    }

    private SearchResult search(Caller caller, String query) throws IcatServerException {
        EntityManager em = catalogue.factory.createEntityManager();
        try {
            return catalogue.search(em, SearchLimits.of(10_000)).search(caller, query);
        } finally {
            em.close();
        }
    }

    private List<Object> searchWith(RuleEngine rules, Caller caller, String query) throws IcatServerException {
        EntityManager em = catalogue.factory.createEntityManager();
        try {
            return new SearchService(em, catalogue.queries, rules, SearchLimits.of(10_000)).search(caller, query)
                    .rows();
        } finally {
            em.close();
        }
    }
}
