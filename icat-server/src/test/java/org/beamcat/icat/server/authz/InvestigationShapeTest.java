package org.beamcat.icat.server.authz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.beamcat.icat.server.model.AnnotatedEntityModel;
import org.beamcat.icat.server.model.EntityModel;
import org.beamcat.icat.server.query.IcatQueries;
import org.beamcat.icat.server.query.ast.SelectStatement;
import org.junit.jupiter.api.Test;

/** Which READ rules are about the row's investigation alone, and how they read as rules of that investigation. */
class InvestigationShapeTest {

    private static final EntityModel MODEL = AnnotatedEntityModel.ofIcatEntities();
    private static final IcatQueries QUERIES = new IcatQueries(MODEL);
    private static final String MEMBER = " JOIN i.investigationUsers iu JOIN iu.user u WHERE u.name = :user";
    private final RuleCompiler compiler = new RuleCompiler(QUERIES, MODEL);

    private static Optional<SelectStatement> rewritten(String entity, String rule) throws Exception {
        return InvestigationShape.overInvestigation(entity, QUERIES.validate(rule).statement());
    }

    private static SelectStatement parsed(String query) throws Exception {
        return QUERIES.validate(query).statement();
    }

    @Test
    void membersRulesOfEachLevelBecomeTheSameInvestigationRule() throws Exception {
        SelectStatement expected = parsed("SELECT i FROM Investigation i" + MEMBER);
        assertEquals(Optional.of(expected), rewritten("Investigation", "SELECT i FROM Investigation i" + MEMBER));
        assertEquals(Optional.of(expected), rewritten("Dataset", "SELECT x FROM Dataset x JOIN x.investigation i"
                + MEMBER));
        assertEquals(Optional.of(expected), rewritten("Datafile",
                "SELECT x FROM Datafile x JOIN x.dataset ds JOIN ds.investigation i" + MEMBER));
        assertEquals(Optional.of(expected), rewritten("Datafile",
                "SELECT x FROM Datafile x JOIN x.dataset.investigation i" + MEMBER));
    }

    @Test
    void releasedDataIsAboutTheInvestigation() throws Exception {
        assertEquals(Optional.of(parsed("SELECT i FROM Investigation i WHERE i.releaseDate < CURRENT_TIMESTAMP")),
                rewritten("Datafile", "SELECT df FROM Datafile df JOIN df.dataset ds JOIN ds.investigation i"
                        + " WHERE i.releaseDate < CURRENT_TIMESTAMP"));
    }

    @Test
    void conciseRulesAreRecognisedToo() throws Exception {
        assertTrue(rewritten("Datafile", "Datafile <-> Dataset <-> Investigation <-> InvestigationUser <-> User"
                + " [name = :user]").isPresent());
        assertTrue(compiler.overInvestigation(compiler.compile(1, "R",
                "Dataset <-> Investigation <-> InvestigationUser <-> User [name = :user]", null)).isPresent());
    }

    @Test
    void rulesAboutTheRowItselfAreCheckedRowByRow() throws Exception {
        // the row's own fields, another relation of the row, the dataset between, a LEFT join, a sub-select on the row
        for (String[] rule : new String[][] {
                {"Dataset", "SELECT ds FROM Dataset ds WHERE ds.doi IS NOT NULL"},
                {"Dataset", "SELECT ds FROM Dataset ds JOIN ds.investigation i WHERE ds.name = 'B1'"},
                {"Dataset", "SELECT ds FROM Dataset ds JOIN ds.investigation i JOIN ds.type t WHERE t.name = 'raw'"},
                {"Datafile", "SELECT df FROM Datafile df JOIN df.dataset ds JOIN ds.investigation i WHERE ds.complete = TRUE"},
                {"Datafile", "SELECT df FROM Datafile df JOIN df.dataset ds WHERE ds.name = 'B1'"},
                {"Datafile", "Datafile <-> Dataset [name = 'B1']"},
                {"Dataset", "SELECT ds FROM Dataset ds LEFT JOIN ds.investigation i WHERE i.name = 'A'"},
                {"Dataset", "SELECT ds FROM Dataset ds JOIN ds.investigation i WHERE EXISTS (SELECT p FROM"
                        + " DatasetParameter p WHERE p.dataset = ds)"},
                {"Dataset", "SELECT ds FROM Dataset ds JOIN ds.investigation i JOIN i.datasets other"
                        + " WHERE other.id = ds.id"}}) {
            assertEquals(Optional.empty(), rewritten(rule[0], rule[1]), rule[1]);
        }
    }

    @Test
    void unrestrictedRulesCoverEveryInvestigation() throws Exception {
        CompiledRule everyFile = compiler.overInvestigation(compiler.compile(1, "R", "Datafile", 7L)).orElseThrow();
        assertEquals("Investigation", everyFile.entity());
        assertTrue(everyFile.unrestricted());
        assertEquals(7L, everyFile.groupingId());
        assertTrue(compiler.overInvestigation(compiler.compile(2, "R",
                "SELECT ds FROM Dataset ds JOIN ds.investigation i", null)).orElseThrow().unrestricted());
        assertEquals(Optional.empty(), compiler.overInvestigation(compiler.compile(3, "R", "Sample", null)));
    }
}
