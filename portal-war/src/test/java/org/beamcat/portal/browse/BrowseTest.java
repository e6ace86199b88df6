package org.beamcat.portal.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.beamcat.portal.catalogue.Caller;
import org.beamcat.portal.catalogue.CatalogueException;
import org.beamcat.portal.catalogue.DatafileRow;
import org.beamcat.portal.catalogue.InMemoryPortalCatalogue;
import org.beamcat.portal.catalogue.InMemoryPortalCatalogue.Ds;
import org.beamcat.portal.catalogue.InMemoryPortalCatalogue.Inv;
import org.beamcat.portal.catalogue.InvestigationRow;
import org.beamcat.portal.catalogue.InvestigationScope;
import org.beamcat.portal.catalogue.Page;
import org.beamcat.portal.storage.FakeDataStorage;
import org.beamcat.portal.storage.StorageState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BrowseTest {

    private static final Instant T0 = Instant.parse("2026-03-12T08:00:00Z");
    private static final Instant PAST = Instant.now().minus(30, ChronoUnit.DAYS);
    private static final Instant FUTURE = Instant.now().plus(300, ChronoUnit.DAYS);

    private final InMemoryPortalCatalogue catalogue = new InMemoryPortalCatalogue().user("alice", "alice")
            .user("bob", "bob").root("root", "root");
    private final FakeDataStorage storage = new FakeDataStorage();
    private final Browse browse = new Browse(catalogue, storage, 10);
    private Caller alice;

    @BeforeEach
    void catalogue() throws CatalogueException {
        for (int i = 1; i <= 23; i++) {
            catalogue.investigation(new Inv(i, String.format("MA-%04d", i), "Alice's " + i, T0.plus(i, ChronoUnit.DAYS),
                    FUTURE, Set.of("simple/alice")));
        }
        catalogue.investigation(new Inv(100, "ES-1234", "Bob's", T0, FUTURE, Set.of("simple/bob")));
        catalogue.investigation(new Inv(101, "OPEN-1", "Released", T0, PAST, Set.of("simple/bob")));
        List<DatafileRow> files = new ArrayList<>();
        IntStream.range(0, 1000).forEach(n -> files.add(new DatafileRow(10_000 + n, String.format("frame_%05d.h5", n),
                (long) n, "HDF5", T0.plusSeconds(n))));
        catalogue.dataset(new Ds(500, 1, "big", T0, files));
        for (int d = 0; d < 15; d++) {
            catalogue.dataset(new Ds(600 + d, 2, String.format("scan_%02d", d), T0.plusSeconds(d), List.of()));
        }
        catalogue.dataset(new Ds(700, 100, "bobs_scan", T0, List.of(new DatafileRow(9, "secret.h5", 1L, "HDF5", T0))));
        alice = catalogue.login("simple", Map.of("username", "alice", "password", "alice"));
    }

    @Test
    void myInvestigationsArePagedAndCountedNewestFirst() throws Exception {
        Page<InvestigationRow> first = browse.investigations(alice, InvestigationScope.MINE, Map.of());
        assertEquals(23, first.total());
        assertEquals(3, first.pageCount());
        assertEquals(10, first.rows().size());
        assertEquals("MA-0023", first.rows().get(0).name());
        Page<InvestigationRow> last = browse.investigations(alice, InvestigationScope.MINE, Map.of("page", "3"));
        assertEquals(List.of("MA-0003", "MA-0002", "MA-0001"), last.rows().stream().map(InvestigationRow::name).toList());
    }

    @Test
    void aChosenSortKeyStartsAscendingAndTheNameFilterNarrows() throws Exception {
        Page<InvestigationRow> byName = browse.investigations(alice, InvestigationScope.MINE, Map.of("sort", "name"));
        assertEquals("MA-0001", byName.rows().get(0).name());
        Page<InvestigationRow> filtered = browse.investigations(alice, InvestigationScope.MINE,
                Map.of("sort", "name", "dir", "desc", "name", "MA-001"));
        assertEquals(List.of("MA-0019", "MA-0018", "MA-0017", "MA-0016", "MA-0015", "MA-0014", "MA-0013", "MA-0012",
                "MA-0011", "MA-0010"), filtered.rows().stream().map(InvestigationRow::name).toList());
    }

    @Test
    void aMemberSeesNoOtherProposalInHerOwnListAndOnlyReleasedOnesAsPublic() throws Exception {
        Page<InvestigationRow> mine = browse.investigations(alice, InvestigationScope.MINE, Map.of("page", "1"));
        assertTrue(mine.rows().stream().allMatch(r -> r.name().startsWith("MA-")));
        Page<InvestigationRow> open = browse.investigations(alice, InvestigationScope.PUBLIC, Map.of());
        assertEquals(List.of("OPEN-1"), open.rows().stream().map(InvestigationRow::name).toList());
        assertThrows(NoSuchPage.class, () -> browse.investigation(alice, 100));
        assertThrows(NoSuchPage.class, () -> browse.dataset(alice, 700));
        assertThrows(NoSuchPage.class, () -> browse.datafilePath(alice, 9));
        assertEquals(0, browse.datasets(alice, 100, Map.of()).total());
    }

    @Test
    void aPagePastTheEndIsNotFoundButAnEmptyListHasItsFirstPage() throws Exception {
        assertThrows(NoSuchPage.class, () -> browse.investigations(alice, InvestigationScope.MINE, Map.of("page", "4")));
        assertEquals(0, browse.datasets(alice, 3, Map.of()).total());
        assertThrows(NoSuchPage.class, () -> browse.datasets(alice, 3, Map.of("page", "2")));
    }

    @Test
    void hostileParametersAreRefusedBeforeTheCatalogueIsAsked() {
        assertThrows(InvalidParameter.class, () -> browse.investigations(alice, InvestigationScope.MINE, Map.of("sort", "x")));
        assertThrows(InvalidParameter.class, () -> Browse.scope(Map.of("scope", "everything")));
        assertThrows(InvalidParameter.class, () -> browse.datafiles(alice, 500, Map.of("page", "0")));
    }

    @Test
    void datasetsCarryTheirStorageStateAskedForThatPageOnly() throws Exception {
        storage.state(601, StorageState.ARCHIVED).state(602, StorageState.RESTORING);
        Page<DatasetView> page = browse.datasets(alice, 2, Map.of());
        assertEquals(15, page.total());
        assertEquals(10, page.rows().size());
        assertEquals(StorageState.ONLINE, page.rows().get(0).state());
        assertEquals(StorageState.ARCHIVED, page.rows().get(1).state());
        assertEquals(StorageState.RESTORING, page.rows().get(2).state());
        assertEquals(List.of(10), storage.askedPerCall, "one bounded call for the ten datasets of the page");
        Page<DatasetView> second = browse.datasets(alice, 2, Map.of("page", "2"));
        assertEquals(5, second.rows().size());
        assertEquals(List.of(10, 5), storage.askedPerCall);
    }

    @Test
    void aDatasetOfAThousandFilesIsReadPageByPage() throws Exception {
        Page<DatafileRow> page = browse.datafiles(alice, 500, Map.of("page", "100"));
        assertEquals(1000, page.total());
        assertEquals(100, page.pageCount());
        assertEquals("frame_00990.h5", page.rows().get(0).name());
        Page<DatafileRow> bySize = browse.datafiles(alice, 500, Map.of("sort", "size", "dir", "desc"));
        assertEquals(999L, bySize.rows().get(0).size());
        assertEquals("/dataset.xhtml?id=500&name=frame_00007.h5", browse.datafilePath(alice, 10_007));
    }

    @Test
    void anExpiredSessionReachesTheEdgeAsSuch() {
        catalogue.expire(alice);
        CatalogueException e = assertThrows(CatalogueException.class,
                () -> browse.investigations(alice, InvestigationScope.MINE, Map.of()));
        assertEquals(CatalogueException.Kind.SESSION_EXPIRED, e.kind());
    }
}
