package org.beamcat.icat.server.authz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.model.AnnotatedEntityModel;
import org.beamcat.icat.server.model.EntityModel;
import org.beamcat.icat.server.query.IcatQueries;
import org.junit.jupiter.api.Test;

/** How a Rule's flags and {@code what} compile, without a database. */
class RuleCompilerTest {

    private static final EntityModel MODEL = AnnotatedEntityModel.ofIcatEntities();
    private final RuleCompiler compiler = new RuleCompiler(new IcatQueries(MODEL), MODEL);

    @Test
    void bareEntityNameCoversEveryRow() throws Exception {
        CompiledRule rule = compiler.compile(1, "r", "Dataset", null);
        assertEquals("Dataset", rule.entity());
        assertEquals(Set.of(Operation.READ), rule.operations());
        assertTrue(rule.unrestricted());
        assertTrue(rule.forEveryone());
    }

    @Test
    void plainSelectOfTheVariableCoversEveryRowButJoinsAndWhereRestrict() throws Exception {
        assertTrue(compiler.compile(1, "CRUD", "SELECT f FROM Facility f", 7L).unrestricted());
        assertFalse(compiler.compile(1, "R", "SELECT ds FROM Dataset ds JOIN ds.parameters p", null).unrestricted());
        assertFalse(compiler.compile(1, "R", "SELECT ds FROM Dataset ds WHERE ds.complete = TRUE", null)
                .unrestricted());
        assertEquals("Investigation", compiler.compile(1, "R", "SELECT ds.investigation FROM Dataset ds", null)
                .entity());
    }

    @Test
    void memberRuleAsFacilitiesWriteIt() throws Exception {
        CompiledRule rule = compiler.compile(1, "R", "SELECT df FROM Datafile df JOIN df.dataset ds "
                + "JOIN ds.investigation i JOIN i.investigationUsers iu JOIN iu.user u WHERE u.name = :user", null);
        assertEquals("Datafile", rule.entity());
        assertFalse(rule.unrestricted());
    }

    @Test
    void conciseRulesCompileIntoRestrictions() throws Exception {
        CompiledRule member = compiler.compile(1, "R",
                "Datafile <-> Dataset <-> Investigation <-> InvestigationUser <-> User [name = :user]", null);
        assertEquals("Datafile", member.entity());
        assertFalse(member.unrestricted());
        CompiledRule typed = compiler.compile(1, "R", "Dataset <-> DatasetType [name='PB']", null);
        assertEquals("Dataset", typed.entity());
        assertFalse(typed.unrestricted());
        assertFalse(compiler.compile(1, "R", "User [name='db/fred']", null).unrestricted());
        assertFalse(compiler.compile(1, "R", "Grouping <-> UserGroup <-> User [name=:user]", null).unrestricted());
        assertTrue(compiler.compile(1, "R", "Dataset", null).unrestricted());
    }

    @Test
    void unusableRulesAreRejected() {
        assertEquals(IcatErrorType.BAD_PARAMETER, assertThrows(IcatServerException.class,
                () -> compiler.compile(1, "RX", "Dataset", null)).type());
        assertThrows(IcatServerException.class, () -> compiler.compile(1, "U", "SELECT ds.name FROM Dataset ds",
                null), "attribute rules (4.8) are not supported");
        assertThrows(IcatServerException.class, () -> compiler.compile(1, "R", "SELECT COUNT(ds) FROM Dataset ds",
                null));
        assertThrows(IcatServerException.class, () -> compiler.compile(1, "R", "Dataset <-> Nothing", null));
        assertThrows(IcatServerException.class, () -> compiler.compile(1, "R", "Dataset.name", null));
        assertThrows(IcatServerException.class, () -> compiler.compile(1, "R", "COUNT(Dataset)", null));
        assertTrue(assertThrows(IcatServerException.class, () -> compiler.compile(1, "R", "0,5 Dataset", null))
                .getMessage().contains("INCLUDE, LIMIT or ORDER BY"));
        assertThrows(IcatServerException.class, () -> compiler.compile(1, "R", "Dataset INCLUDE 1", null));
        assertThrows(IcatServerException.class, () -> compiler.compile(1, "R",
                "SELECT ds FROM Dataset ds ORDER BY ds.name", null));
        assertTrue(compiler.compileOrSkip(1, "R", "Nonsense", null).isEmpty());
    }
}
