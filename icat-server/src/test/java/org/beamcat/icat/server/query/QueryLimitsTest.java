package org.beamcat.icat.server.query;

import static org.beamcat.icat.server.query.QueryAssertions.badParameterMessage;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.query.translation.ReadRestriction;
import org.junit.jupiter.api.Test;

/** Size limits of one query: each over-limit query is BAD_PARAMETER naming its setting, each at-limit one runs. */
class QueryLimitsTest {

    private static final QueryLimits SMALL = new QueryLimits(2_000, 10, 4, 1, 3, 6);
    private static final IcatQueries QUERIES = new IcatQueries(TestEntityModel.ICAT, ZoneOffset.UTC, SMALL);

    private static void assertRefused(String query, String fragment) {
        String message = badParameterMessage(() -> QUERIES.search(query, "db/fred", ReadRestriction.UNRESTRICTED));
        assertTrue(message.contains(fragment), message);
    }

    private static void assertAccepted(String query) throws IcatServerException {
        QUERIES.search(query, "db/fred", ReadRestriction.UNRESTRICTED);
    }

    @Test
    void fromAndJoinVariablesCountOverTheWholeQuery() throws IcatServerException {
        assertAccepted("SELECT ds FROM Dataset ds JOIN ds.investigation i JOIN i.facility f, Datafile df");
        assertRefused("SELECT ds FROM Dataset ds JOIN ds.investigation i JOIN i.facility f, Datafile df, Sample s",
                "declares 5 FROM and JOIN variables; at most 4 are allowed (beamcat.icat.query.max-variables)");
        assertRefused("SELECT ds FROM Dataset ds JOIN ds.investigation i WHERE EXISTS (SELECT d FROM Dataset d "
                + "JOIN d.datafiles df JOIN df.parameters p)", "beamcat.icat.query.max-variables");
        assertRefused("Dataset <-> Investigation <-> Facility <-> Instrument <-> InstrumentScientist",
                "beamcat.icat.query.max-variables");
    }

    @Test
    void subSelectsMayNestOnlySoDeep() throws IcatServerException {
        assertAccepted("SELECT ds FROM Dataset ds WHERE EXISTS (SELECT d FROM Dataset d WHERE d.id = ds.id)");
        assertRefused("SELECT ds FROM Dataset ds WHERE EXISTS (SELECT d FROM Dataset d WHERE d.id IN "
                + "(SELECT e.id FROM Dataset e))", "nested 2 deep; at most 1 levels are allowed "
                + "(beamcat.icat.query.max-subquery-depth)");
        assertRefused("SELECT ds FROM Dataset ds WHERE ds.id = (SELECT MAX(d.id) FROM Dataset d WHERE d.id > "
                + "ALL (SELECT e.id FROM Dataset e))", "beamcat.icat.query.max-subquery-depth");
    }

    @Test
    void inListsHaveAMaximumLength() throws IcatServerException {
        assertAccepted("SELECT ds FROM Dataset ds WHERE ds.id IN (1, 2, 3)");
        assertRefused("SELECT ds FROM Dataset ds WHERE ds.name = 'x' OR NOT ds.id IN (1, 2, 3, 4)",
                "An IN list has 4 values; at most 3 are allowed (beamcat.icat.query.max-in-list)");
    }

    @Test
    void andOrAndArithmeticOperandsAreCountedOverTheWholeQuery() throws IcatServerException {
        assertAccepted("SELECT ds FROM Dataset ds WHERE ds.id = 1 OR ds.id = 2 OR (ds.id = 3 AND ds.id > 0)");
        assertRefused("SELECT ds FROM Dataset ds WHERE ds.id = 1 OR ds.id = 2 OR ds.id = 3 OR ds.id = 4 OR ds.id = 5 "
                + "OR ds.id = 6 OR ds.id = 7", "more than 6 operands of AND, OR and arithmetic "
                + "(beamcat.icat.query.max-terms)");
        assertRefused("SELECT ds FROM Dataset ds WHERE (ds.id = 1 OR ds.id = 2) AND (ds.id = 3 OR ds.id = 4) AND "
                + "ds.id = 1 + 1 + 1", "beamcat.icat.query.max-terms");
    }

    @Test
    void lengthAndNestingFollowTheSettings() {
        assertRefused("SELECT ds FROM Dataset ds WHERE ds.name = '" + "x".repeat(2_000) + "'",
                "beamcat.icat.query.max-length");
        assertRefused("SELECT ds FROM Dataset ds WHERE " + "(".repeat(11) + "ds.id = 1" + ")".repeat(11),
                "Query is nested too deeply (more than 10 levels of parentheses)");
    }
}
