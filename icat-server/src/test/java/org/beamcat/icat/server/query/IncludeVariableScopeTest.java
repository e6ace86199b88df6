package org.beamcat.icat.server.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.ZoneOffset;
import java.util.List;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.model.AnnotatedEntityModel;
import org.beamcat.icat.server.model.FieldKind;
import org.beamcat.icat.server.query.include.IncludeGraph;
import org.beamcat.icat.server.query.include.IncludeNode;
import org.beamcat.icat.server.query.translation.JpqlQuery;
import org.beamcat.icat.server.query.translation.ReadRestriction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An INCLUDE clause has variables of its own (ICAT 4.7): the selected variable and the names its steps declare with
 * AS. It neither sees the query's FROM and JOIN variables nor clashes with them, and the query never sees its
 * variables. Checked against the real ICAT 4.7 schema, with the queries python-icat's icatdump sends.
 */
class IncludeVariableScopeTest {

    private static final IcatQueries REAL = new IcatQueries(AnnotatedEntityModel.ofIcatEntities(), ZoneOffset.UTC);

    /*
     * icatdump's last chunk asks for every RelatedDatafile in its natural order (the unique key sourceDatafile,
     * destDatafile, each expanded down to the facility's name), so python-icat JOINs both datafiles' chains and
     * names the joins s1..s8 in sorted path order. It then names the INCLUDE steps afresh from s1: s1..s3 stand for
     * the same paths in both clauses, but s4 is the destination's Facility in FROM and the source Datafile in INCLUDE.
     */
    static final String RELATED_DATAFILE_DUMP = "SELECT o FROM RelatedDatafile o"
            + " JOIN o.destDatafile AS s1 JOIN s1.dataset AS s2 JOIN s2.investigation AS s3 JOIN s3.facility AS s4"
            + " JOIN o.sourceDatafile AS s5 JOIN s5.dataset AS s6 JOIN s6.investigation AS s7 JOIN s7.facility AS s8"
            + " ORDER BY s8.name, s7.name, s7.visitId, s6.name, s5.name, s4.name, s3.name, s3.visitId, s2.name, s1.name";
    static final String RELATED_DATAFILE_INCLUDE = " INCLUDE o.destDatafile AS s1, s1.dataset AS s2,"
            + " s2.investigation AS s3, s3.facility, o.sourceDatafile AS s4, s4.dataset AS s5, s5.investigation AS s6,"
            + " s6.facility";

    /* The same chunk's Job query: ordered by application (facility, name, version) and arguments; s1 is the
     * application in both clauses. */
    static final String JOB_DUMP = "SELECT o FROM Job o JOIN o.application AS s1 JOIN s1.facility AS s2"
            + " ORDER BY s2.name, s1.name, s1.version, o.arguments";
    static final String JOB_INCLUDE = " INCLUDE o.application AS s1, s1.facility, o.inputDataCollection,"
            + " o.outputDataCollection";

    private static JpqlQuery search(String query) {
        try {
            return REAL.search(query, "db/fred", ReadRestriction.UNRESTRICTED);
        } catch (IcatServerException e) {
            return fail("expected " + query + " to be accepted, but: " + e.type() + " " + e.getMessage());
        }
    }

    private static void assertBad(String query, String expectedFragment) {
        String message = QueryAssertions.badParameterMessage(
                () -> REAL.search(query, "db/fred", ReadRestriction.UNRESTRICTED));
        assertTrue(message.contains(expectedFragment),
                "message '" + message + "' should contain '" + expectedFragment + "'");
    }

    @Test
    void icatdumpRelatedDatafileQueryIncludesBothDatafilesDownToTheirFacility() {
        JpqlQuery query = search(RELATED_DATAFILE_DUMP + RELATED_DATAFILE_INCLUDE);
        IncludeGraph graph = query.include().orElseThrow();
        assertEquals(List.of("destDatafile", "destDatafile.dataset", "destDatafile.dataset.investigation",
                "destDatafile.dataset.investigation.facility", "sourceDatafile", "sourceDatafile.dataset",
                "sourceDatafile.dataset.investigation", "sourceDatafile.dataset.investigation.facility"), graph.paths());
        IncludeNode source = graph.children().get(1);
        assertEquals(new IncludeNode("sourceDatafile", FieldKind.TO_ONE, "Datafile", source.children()), source,
                "INCLUDE's s4 is the source Datafile, not FROM's s4 (a Facility)");
        assertEquals(search(RELATED_DATAFILE_DUMP).jpql(), query.jpql(),
                "the INCLUDE names leave the query itself as it is without them");
    }

    @Test
    void icatdumpJobQueryIncludesTheApplicationAndBothDataCollections() {
        JpqlQuery query = search(JOB_DUMP + JOB_INCLUDE);
        assertEquals(List.of("application", "application.facility", "inputDataCollection", "outputDataCollection"),
                query.include().orElseThrow().paths());
        assertEquals(search(JOB_DUMP).jpql(), query.jpql());
    }

    @Test
    void anIncludeNameShadowsTheSameJoinNameInsideTheClause() {
        // s1 is an Application in FROM but a DataCollection in INCLUDE; a step from s1 follows DataCollection.
        assertEquals(List.of("inputDataCollection", "inputDataCollection.dataCollectionDatafiles"),
                search("SELECT o FROM Job o JOIN o.application s1 WHERE s1.name = 'x' "
                        + "INCLUDE o.inputDataCollection s1, s1.dataCollectionDatafiles").include().orElseThrow()
                        .paths());
        assertBad("SELECT o FROM Job o JOIN o.application s1 INCLUDE o.inputDataCollection s1, s1.facility",
                "facility is not a field of DataCollection");
    }

    @Test
    void getQueriesKeepTheirOwnIncludeScopeToo() throws IcatServerException {
        assertEquals(List.of("application", "application.facility"),
                REAL.get("Job o INCLUDE o.application AS s1, s1.facility").include().paths());
        assertEquals("Variable O is declared more than once",
                QueryAssertions.badParameterMessage(() -> REAL.get("Job o INCLUDE o.application AS O")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // the selected variable is in the INCLUDE scope: it cannot be declared again there
        "SELECT o FROM Job o INCLUDE o.application AS o | Variable o is declared more than once",
        "SELECT o FROM Job o JOIN o.application s1 INCLUDE o.application AS O | Variable O is declared more than once",
        // an INCLUDE name is declared once within the clause (names are case-insensitive)
        "SELECT o FROM Job o INCLUDE o.inputDataCollection AS s1, o.outputDataCollection AS S1 "
                + "| Variable S1 is declared more than once",
        // steps start from the selected variable or an earlier step's name, never from a FROM or JOIN variable
        "SELECT o FROM RelatedDatafile o JOIN o.sourceDatafile AS s1 INCLUDE s1.dataset "
                + "| INCLUDE s1.dataset must start from o or a variable declared by an earlier INCLUDE step "
                + "(s1 is a variable of the query, which INCLUDE does not see)",
        "SELECT o FROM Job o, Application a INCLUDE a.facility | INCLUDE a.facility must start from o",
        // a step cannot use a name a later step declares
        "SELECT o FROM Job o INCLUDE s1.facility, o.application AS s1 | INCLUDE s1.facility must start from o",
        // the query does not see INCLUDE names
        "SELECT o FROM Job o WHERE s1.name = 'x' INCLUDE o.application AS s1 | Variable s1 is not declared",
        "SELECT o FROM Job o ORDER BY s1.name INCLUDE o.application AS s1 | Variable s1 is not declared",
        // FROM keeps refusing its own duplicates
        "SELECT o FROM Job o JOIN o.application s1 JOIN s1.facility s1 | Variable s1 is declared more than once",
    })
    void stillRefused(String query, String expectedMessage) {
        assertBad(query, expectedMessage);
    }
}
