package org.beamcat.icat.server.query;

import static org.beamcat.icat.server.query.QueryAssertions.assertBad;
import static org.beamcat.icat.server.query.QueryAssertions.search;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.beamcat.icat.server.model.AnnotatedEntityModel;
import org.beamcat.icat.server.query.ast.Limit;
import org.beamcat.icat.server.query.translation.JpqlQuery;
import org.beamcat.icat.server.query.validation.EnumValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The concise (legacy) dialect of contract 3.7, built into the same tree and JPQL as the SELECT form. */
class ConciseDialectTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Dataset",
        "Dataset.name",
        "Dataset.id [type.name IN ('GS','GQ')] ORDER BY id",
        "3,5 Dataset.id ORDER BY id",
        "COUNT(Investigation) <-> InvestigationUser <-> User [name = :user]",
        "Dataset INCLUDE Datafile, DatasetParameter, DatafileParameter",
        "Investigation [createTime > {ts 2011-01-15 00:00:00}]",
        "ParameterType [valueType = DATE_AND_TIME]",
        "User [name='db/fred']",
        "Investigation <-> InvestigationUser <-> User [name = :user]",
        "Datafile <-> Dataset <-> Investigation <-> InvestigationUser <-> User [name=:user]",
        "Dataset <-> DatasetType [name='PB']",
        "Grouping <-> UserGroup <-> User [name=:user]",
        "Facility INCLUDE InvestigationType",
        "Facility.id",
        "DISTINCT Dataset.name <-> Investigation [name = 'x']",
        "Dataset INCLUDE 1",
        "MAX(Datafile.fileSize) <-> Dataset [name = 'd']",
        "Dataset [name LIKE 'a%' AND (complete = TRUE OR description IS NULL)] ORDER BY name DESC, id",
        "Dataset [id IN (SELECT d.id FROM Dataset d WHERE d.name = 'x')]",
    })
    void contractConciseQueriesAreAccepted(String query) {
        search(query);
    }

    @Test
    void entityChainJoinsAndConditions() {
        JpqlQuery jpql = search("Investigation <-> InvestigationUser <-> User [name = :user]");
        assertEquals("SELECT DISTINCT v1 FROM Investigation v1 JOIN v1.investigationUsers v2 JOIN v2.user v3 "
                + "WHERE v3.name = :p1", jpql.jpql());
        assertEquals(List.of("db/fred"), List.copyOf(jpql.parameters().values()));
    }

    @Test
    void countCountsDistinctEntitiesAcrossToManyJoins() {
        assertEquals("SELECT COUNT(DISTINCT v1) FROM Investigation v1 JOIN v1.investigationUsers v2 "
                + "JOIN v2.user v3 WHERE v3.name = :p1",
                search("COUNT(Investigation) <-> InvestigationUser <-> User [name = :user]").jpql());
    }

    @Test
    void orderingByARelatedAttributeKeepsTheJoinedRows() {
        assertTrue(search("Investigation <-> InvestigationUser [role = 'PI'] ORDER BY type.name").jpql()
                .startsWith("SELECT v1 FROM Investigation v1 JOIN v1.investigationUsers v2"));
        assertTrue(search("Investigation <-> InvestigationUser [role = 'PI'] ORDER BY name DESC").jpql()
                .startsWith("SELECT DISTINCT v1 FROM"));
    }

    @Test
    void toOneChainStaysPlain() {
        assertEquals("SELECT v1 FROM Dataset v1 JOIN v1.type v2 WHERE v2.name = :p1",
                search("Dataset <-> DatasetType [name='PB']").jpql());
    }

    @Test
    void bracketPathsAreRelativeToTheirEntity() {
        JpqlQuery jpql = search("Dataset.id [type.name IN ('GS','GQ')] ORDER BY id");
        assertEquals("SELECT v1.id FROM Dataset v1 WHERE v1.type.name IN (:p1, :p2) ORDER BY v1.id", jpql.jpql());
    }

    @Test
    void leadingOffsetAndCountBecomeTheLimit() {
        assertEquals(new Limit(3, OptionalInt.of(5)), search("3,5 Dataset.id ORDER BY id").limit().orElseThrow());
    }

    @Test
    void bareEnumConstantIsTheEnumLiteral() {
        JpqlQuery jpql = search("ParameterType [valueType = DATE_AND_TIME]");
        assertEquals("SELECT v1 FROM ParameterType v1 WHERE v1.valueType = :p1", jpql.jpql());
        assertEquals(1, jpql.parameters().size());
        Object value = jpql.parameters().values().iterator().next();
        assertEquals("DATE_AND_TIME", value instanceof EnumValue e ? e.constant() : String.valueOf(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Datset",
        "Dataset <-> Nonsense",
        "Dataset [nme = 'x']",
        "Dataset [name = 'x'",
        "Dataset <-> User",
        "Dataset [name = 'x'; DROP TABLE DATASET]",
        "Dataset [name = 'x' -- ]",
        "Dataset [name = 'x'] <->",
        "Datafile <-> RelatedDatafile",
        "99999999999999999999,5 Dataset",
        "Dataset.name INCLUDE Nonsense",
        "Dataset [(((((((((((((((((((((((((((((((((((((((((((((((((((((name = 'x')))))))))))))))))))))))))))))))))))))))))))))))))))))]",
        "Dataset [name = 'x'] ORDER BY nosuch",
        "Dataset [name = 'x'] [name = 'y']",
        "Dataset [investigation.nosuch = 1]",
        "COUNT(Dataset",
        "Dataset <-> Investigation [name = NEWS]",
    })
    void hostileOrWrongConciseQueriesAreBadParameter(String query) {
        assertBad(query, "");
    }

    @Test
    void messagesSayWhatIsWrong() {
        assertBad("Datset", "'Datset' is not an ICAT entity");
        assertBad("Datset", "at position 0");
        assertBad("Dataset [nme = 'x']", "'nme' is not a field of Dataset");
        assertBad("Dataset <-> User", "User is not related to Dataset");
        IcatQueries real = new IcatQueries(AnnotatedEntityModel.ofIcatEntities());
        String message = QueryAssertions.badParameterMessage(() -> real.validate("Datafile <-> RelatedDatafile"));
        assertTrue(message.contains("Datafile <-> RelatedDatafile is ambiguous: Datafile is related to "
                + "RelatedDatafile through destDatafiles, sourceDatafiles"), message);
        // The real model resolves the contract's rule chains too.
        assertEquals(1, assertDoesNotThrow(() -> real.validate(
                "Datafile <-> Dataset <-> Investigation <-> InvestigationUser <-> User [name=:user]"))
                .selectedItems().size());
    }
}
