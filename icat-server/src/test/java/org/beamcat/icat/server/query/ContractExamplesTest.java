package org.beamcat.icat.server.query;

import static org.beamcat.icat.server.query.QueryAssertions.QUERIES;
import static org.beamcat.icat.server.query.QueryAssertions.search;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every query the contract shows (sections 1.4.4, 3.2, 3.4, 3.6, 4.4, 4.5), completed where it gives a fragment. */
class ContractExamplesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        // 1.4.4
        "SELECT it FROM InvestigationType it INCLUDE it.facility",
        "SELECT f.daysUntilRelease FROM Facility f",
        // 2.1
        "SELECT x FROM Dataset x WHERE x.modId = 'db/fred'",
        // 3.2
        "SELECT ds FROM Dataset ds, ds.investigation inv",
        "SELECT ds FROM Dataset ds, ds.parameters p1, ds.parameters p2",
        "SELECT x FROM Dataset x WHERE x.id IN (SELECT d.id FROM Dataset d WHERE d.name = 'a')",
        "SELECT ds.investigation FROM Dataset ds",
        "SELECT df.dataset.name FROM Datafile df",
        "SELECT f.investigations FROM Facility f",
        "SELECT s FROM Shift s WHERE s.startDate <= '2014-01-01 12:00:00'",
        "SELECT i FROM Investigation i WHERE i.createTime > {ts 2011-01-15 00:00:00}",
        "SELECT pt FROM ParameterType pt WHERE pt.valueType = org.icatproject.ParameterValueType.NUMERIC",
        "SELECT ds FROM Dataset ds WHERE ds.complete = TRUE OR ds.complete = FALSE",
        "SELECT ds FROM Dataset ds LIMIT 10, 100",
        "SELECT ds FROM Dataset ds LIMIT 10, *",
        "SELECT ds FROM Dataset ds INCLUDE 1 LIMIT 0, 10",
        "SELECT ds FROM Dataset ds LIMIT 0, 10 INCLUDE 1",
        "SELECT u FROM User u WHERE u.name = :user",
        "SELECT DISTINCT ds.name FROM Dataset ds",
        "SELECT COUNT(ds), MIN(ds.startDate), MAX(ds.startDate) FROM Dataset ds",
        "SELECT AVG(df.fileSize), SUM(df.fileSize) FROM Datafile df",
        "SELECT ds FROM Dataset ds LEFT OUTER JOIN ds.sample s INNER JOIN ds.type t LEFT JOIN ds.datafiles df",
        // 3.4
        "SELECT ds FROM Dataset ds INCLUDE ds.datafiles df, df.parameters, ds.type",
        "SELECT ds FROM Dataset ds INCLUDE ds.datafiles.parameters, ds.type",
        "SELECT ds FROM Dataset ds INCLUDE ds.investigation.facility",
        // 4.4 / 4.5 rule queries
        "SELECT df FROM Datafile df JOIN df.dataset ds JOIN ds.investigation i JOIN i.investigationUsers iu "
                + "JOIN iu.user u WHERE u.name = :user",
        "SELECT i FROM Investigation i JOIN i.investigationInstruments ii JOIN ii.instrument inst "
                + "JOIN inst.instrumentScientists s JOIN s.user u WHERE u.name = :user",
        "SELECT i FROM Investigation i JOIN i.investigationGroups ig JOIN ig.grouping g JOIN g.userGroups ug "
                + "JOIN ug.user u WHERE u.name = :user AND ig.role = 'reader'",
        "SELECT g FROM Grouping g JOIN g.userGroups ug JOIN ug.user u WHERE u.name = :user",
        "SELECT x FROM Dataset x WHERE x.createId = :user",
        "SELECT x.description FROM Dataset x",
        // 5.1 scenarios: GROUP BY / HAVING / AVG, JOIN on shifts with string timestamp
        "SELECT i.name, AVG(p.numericValue) FROM Investigation i JOIN i.parameters p GROUP BY i.name "
                + "HAVING AVG(p.numericValue) > 2",
        "SELECT i FROM Investigation i JOIN i.shifts s WHERE s.startDate < '2014-01-01 12:00:00'",
    })
    void contractSearchQueriesAreAccepted(String query) {
        search(query);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Dataset",
        "Dataset INCLUDE 1",
        "Dataset ds INCLUDE ds.datafiles df, df.parameters",
        "Dataset ds",
        "Dataset AS ds INCLUDE ds.datafiles df, df.parameters, ds.type",
        "Dataset INCLUDE Datafile, DatafileParameter",
        "Dataset INCLUDE Datafile, DatasetParameter, DatafileParameter",
        "Facility INCLUDE InvestigationType",
    })
    void contractGetQueriesAreAccepted(String query) {
        assertDoesNotThrow(() -> QUERIES.get(query));
    }
}
