package org.beamcat.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The browse queries bind their ids and still send the JPQL TopCAT's query builder generates. */
class BrowseQueryTest {

    private final List<BrowseQuery> queries = BrowseQuery.all(new BrowseQuery.Place(3, 41, 592));

    @Test
    void sendsTopCatsJpqlWithTheIdsBound() {
        assertEquals(List.of(
                "SELECT DISTINCT investigation FROM Investigation investigation, investigation.facility as facility"
                        + " WHERE facility.id = 3 ORDER BY investigation.title asc, investigation.id asc LIMIT 0, 50",
                "SELECT COUNT(DISTINCT investigation) FROM Investigation investigation,"
                        + " investigation.facility as facility WHERE facility.id = 3",
                "SELECT DISTINCT dataset FROM Dataset dataset, dataset.investigation as investigation,"
                        + " investigation.facility as facility WHERE facility.id = 3"
                        + " AND investigation.id = 41 ORDER BY dataset.name asc, dataset.id asc LIMIT 0, 50",
                "SELECT COUNT(dataset) FROM Dataset dataset, dataset.investigation as investigation"
                        + " WHERE investigation.id = 41",
                "SELECT DISTINCT datafile FROM Datafile datafile, datafile.dataset as dataset,"
                        + " dataset.investigation as investigation, investigation.facility as facility"
                        + " WHERE facility.id = 3 AND investigation.id = 41 AND dataset.id = 592"
                        + " ORDER BY datafile.name asc, datafile.id asc LIMIT 0, 50",
                "SELECT COUNT(datafile) FROM Datafile datafile, datafile.dataset as dataset WHERE dataset.id = 592"),
                queries.stream().map(q -> q.icat().text()).toList());
    }

    @Test
    void theSqlBaselineIsScopedToTheMemberWithTheNameQuoted() {
        BrowseQuery count = queries.get(1);
        assertEquals("SELECT count(*) FROM investigation i WHERE i.facility_id = 3", count.sqlFor(null));
        assertEquals("SELECT count(*) FROM investigation i WHERE i.facility_id = 3 AND EXISTS (SELECT 1 FROM"
                + " investigationuser iu JOIN user_ u ON u.id = iu.user_id WHERE iu.investigation_id = i.id"
                + " AND u.name = 'simple/o''brien')", count.sqlFor("simple/o'brien"));
    }
}
