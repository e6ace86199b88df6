package org.beamcat.portal.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.beamcat.icat.client.IcatQuery;
import org.beamcat.portal.catalogue.Sorts.DatafileSort;
import org.beamcat.portal.catalogue.Sorts.DatasetSort;
import org.junit.jupiter.api.Test;

/** The catalogue queries of a paged list: the same texts the three lists wrote each on their own before. */
class ListQueryTest {

    private static final ListQuery DATASETS = new ListQuery("Dataset", "d", " FROM Dataset d WHERE d.investigation.id = :inv",
            query -> query.with("inv", 7L), " INCLUDE d.type, d.sample");

    @Test
    void aPageIsLimitedAndOrderedByTheColumnThenTheId() {
        Slice<DatasetSort> slice = new Slice<>(3, 25, DatasetSort.START, false, Optional.empty());
        assertEquals("SELECT COUNT(d) FROM Dataset d WHERE d.investigation.id = 7", DATASETS.count(slice).text());
        assertEquals("SELECT d FROM Dataset d WHERE d.investigation.id = 7 ORDER BY d.startDate DESC, d.id DESC"
                + " LIMIT 50, 25 INCLUDE d.type, d.sample", DATASETS.rows(slice, "d.startDate").text());
    }

    @Test
    void aNamePrefixIsABoundLikeInBothQueries() {
        Slice<DatasetSort> slice = new Slice<>(1, 10, DatasetSort.NAME, true, Optional.of("Ti_6'"));
        IcatQuery count = IcatQuery.of("SELECT COUNT(d) FROM Dataset d WHERE d.investigation.id = :inv"
                + " AND d.name LIKE :prefix ESCAPE '!'").with("inv", 7L).withLikePrefix("prefix", "Ti_6'");
        IcatQuery rows = IcatQuery.of("SELECT d FROM Dataset d WHERE d.investigation.id = :inv AND d.name LIKE :prefix"
                + " ESCAPE '!' ORDER BY d.name ASC, d.id ASC LIMIT :offset, :size INCLUDE d.type, d.sample")
                .with("inv", 7L).with("offset", 0L).with("size", 10L).withLikePrefix("prefix", "Ti_6'");
        assertEquals(count.text(), DATASETS.count(slice).text());
        assertEquals(rows.text(), DATASETS.rows(slice, "d.name").text());
    }

    @Test
    void aListWithoutIncludeOrBindingsWritesNone() {
        ListQuery all = new ListQuery("Datafile", "f", " FROM Datafile f WHERE f.id > 0", query -> query, "");
        Slice<DatafileSort> slice = new Slice<>(2, 5, DatafileSort.SIZE, true, Optional.empty());
        assertEquals("SELECT f FROM Datafile f WHERE f.id > 0 ORDER BY f.fileSize ASC, f.id ASC LIMIT 5, 5",
                all.rows(slice, "f.fileSize").text());
    }
}
