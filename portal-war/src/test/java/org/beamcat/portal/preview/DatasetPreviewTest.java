package org.beamcat.portal.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.beamcat.portal.catalogue.Caller;
import org.beamcat.portal.catalogue.CatalogueException;
import org.beamcat.portal.storage.FakeDataStorage;
import org.beamcat.portal.storage.StorageState;
import org.beamcat.preview.Refusal;
import org.beamcat.preview.RefusalReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview use case against fakes of the catalogue, the IDS and the reader, over a real data root on disk. */
class DatasetPreviewTest {

    private static final Caller ALICE = new Caller("session-alice", "simple/alice");
    private static final Caller BOB = new Caller("session-bob", "simple/bob");
    private static final String FOLDER = "id11/MA-4321/Ti64/Ti64_0001";
    private static final String MASTER = FOLDER + "/Ti64_0001_master.h5";

    @TempDir
    Path temp;
    private Path root;
    private final FakeMasterFileCatalogue catalogue = new FakeMasterFileCatalogue();
    private final FakeDataStorage storage = new FakeDataStorage();
    private final FakeMasterFileReader reader = new FakeMasterFileReader();
    private final AtomicLong nanos = new AtomicLong();
    private DatasetPreview preview;

    @BeforeEach
    void dataRoot() throws Exception {
        root = Files.createDirectories(temp.resolve("data"));
        Files.createDirectories(root.resolve(FOLDER));
        Files.write(root.resolve(MASTER), new byte[] {1});
        catalogue.dataset(1, FOLDER, Set.of("simple/alice"), Map.of("Ti64_0001_master.h5", MASTER));
        preview = preview(Duration.ofSeconds(60));
    }

    private DatasetPreview preview(Duration remember) {
        return new DatasetPreview(catalogue, storage, new DataRoot(root), reader, remember, 100, nanos::get);
    }

    @Test
    void aMemberSeesTheTreeAndPlotOfTheMasterFileRegisteredInTheDatasetFolder() throws Exception {
        PageView view = preview.page(ALICE, 1, 3);
        PageView.Shown shown = assertInstanceOf(PageView.Shown.class, view);
        assertEquals("Ti64_0001_master.h5", shown.fileName());
        assertEquals(List.of(root.toRealPath().resolve(MASTER), root.toRealPath().resolve(MASTER)), reader.read);
        assertEquals(3, reader.requests.get(0).frame());
        assertEquals(2, catalogue.calls, "the dataset's location, then its master file's datafile");
    }

    @Test
    void thePlotImageAfterThePageAsksTheCatalogueNothingMoreWithinTheTime() throws Exception {
        preview.page(ALICE, 1, null);
        PlotAnswer answer = preview.plot(ALICE, 1, null);
        assertInstanceOf(PlotAnswer.Image.class, answer);
        assertEquals(2, catalogue.calls, "one lookup for the page and its image");
        nanos.addAndGet(Duration.ofSeconds(61).toNanos());
        preview.plot(ALICE, 1, null);
        assertEquals(4, catalogue.calls, "asked again once the answer is older than the setting");
    }

    @Test
    void anotherSessionIsAskedAgainNeverServedFromSomeoneElsesAnswer() throws Exception {
        preview.page(ALICE, 1, null);
        assertInstanceOf(PlotAnswer.NoSuchDataset.class, preview.plot(BOB, 1, null));
        assertInstanceOf(PageView.NoSuchDataset.class, preview.page(BOB, 1, null));
        assertEquals(2, reader.read.size(), "nothing read for bob");
        Caller aliceAgain = new Caller("a-new-session", "simple/alice");
        preview.plot(aliceAgain, 1, null);
        assertEquals(5, catalogue.calls, "alice's new session is looked up itself");
    }

    @Test
    void withoutRememberingEveryRequestAsks() throws Exception {
        DatasetPreview uncached = preview(Duration.ZERO);
        uncached.page(ALICE, 1, null);
        uncached.plot(ALICE, 1, null);
        assertEquals(4, catalogue.calls);
    }

    @Test
    void aDatasetThatDoesNotExistAndOneTheCallerMayNotReadGetTheSameAnswerAndNothingIsRead() throws Exception {
        assertInstanceOf(PageView.NoSuchDataset.class, preview.page(BOB, 1, null));
        assertInstanceOf(PageView.NoSuchDataset.class, preview.page(BOB, 999, null));
        assertTrue(reader.read.isEmpty());
    }

    @Test
    void aDatasetWithoutFolderOrMasterFileSaysSo() throws Exception {
        catalogue.dataset(2, null, Set.of("simple/alice"), Map.of());
        catalogue.dataset(3, "id11/MA-4321/Ti64/Ti64_0002", Set.of("simple/alice"), Map.of("other.h5", "x/other.h5"));
        assertEquals(new PageView.NotAvailable(Unavailable.NO_MASTER_FILE), preview.page(ALICE, 2, null));
        assertEquals(new PageView.NotAvailable(Unavailable.NO_MASTER_FILE), preview.page(ALICE, 3, null));
        assertEquals(new PlotAnswer.NotAvailable(Unavailable.NO_MASTER_FILE), preview.plot(ALICE, 3, null));
        assertTrue(reader.read.isEmpty());
    }

    @Test
    void locationsThatLeaveTheDataRootOrTheDatasetFolderAreNeverRead() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("other-proposal/ds"));
        Files.write(outside.resolve("ds_master.h5"), new byte[] {1});
        // climbing out, absolute, the master file of another folder, a folder linked out of the root
        catalogue.dataset(10, "id11/../../other-proposal/ds", Set.of("simple/alice"),
                Map.of("ds_master.h5", "id11/../../other-proposal/ds/ds_master.h5"));
        catalogue.dataset(11, outside.toString(), Set.of("simple/alice"),
                Map.of("ds_master.h5", outside.resolve("ds_master.h5").toString()));
        catalogue.dataset(12, "id11/MA-4321/Ti64/Ti64_0001/sub", Set.of("simple/alice"), Map.of("sub_master.h5", MASTER));
        Files.createSymbolicLink(root.resolve("id11/ds"), outside);
        catalogue.dataset(13, "id11/ds", Set.of("simple/alice"), Map.of("ds_master.h5", "id11/ds/ds_master.h5"));
        for (long id = 10; id <= 13; id++) {
            assertEquals(new PageView.NotAvailable(Unavailable.OUTSIDE_DATA_ROOT), preview.page(ALICE, id, null),
                    "dataset " + id);
            assertEquals(new PlotAnswer.NotAvailable(Unavailable.OUTSIDE_DATA_ROOT), preview.plot(ALICE, id, null));
        }
        assertTrue(reader.read.isEmpty());
    }

    @Test
    void aMasterFileReplacedByALinkOutOfTheRootIsNotFollowed() throws Exception {
        preview.page(ALICE, 1, null);
        Path elsewhere = Files.write(temp.resolve("secret.h5"), new byte[] {1});
        Files.delete(root.resolve(MASTER));
        Files.createSymbolicLink(root.resolve(MASTER), elsewhere);
        reader.read.clear();
        assertEquals(new PlotAnswer.NotAvailable(Unavailable.MASTER_FILE_MISSING), preview.plot(ALICE, 1, null));
        assertTrue(reader.read.isEmpty());
    }

    @Test
    void aMissingMasterFileOfAnArchivedOrRestoringDatasetSaysSoAskingTheIdsOnlyThen() throws Exception {
        preview.page(ALICE, 1, null);
        assertTrue(storage.askedPerCall.isEmpty(), "the IDS is not asked while the file is there");
        Files.delete(root.resolve(MASTER));
        storage.state(1, StorageState.ARCHIVED);
        assertEquals(new PageView.NotAvailable(Unavailable.ARCHIVED), preview.page(ALICE, 1, null));
        assertEquals(new PlotAnswer.NotAvailable(Unavailable.ARCHIVED), preview.plot(ALICE, 1, null));
        storage.state(1, StorageState.RESTORING);
        assertEquals(new PageView.NotAvailable(Unavailable.RESTORING), preview.page(ALICE, 1, null));
        storage.state(1, StorageState.ONLINE);
        assertEquals(new PageView.NotAvailable(Unavailable.MASTER_FILE_MISSING), preview.page(ALICE, 1, null));
        Files.write(root.resolve(MASTER), new byte[] {1});
        assertInstanceOf(PageView.Shown.class, preview.page(ALICE, 1, null), "restored: shown again at once");
    }

    @Test
    void aTreeTheFileRefusesIsNotFollowedByASecondReadForThePlot() throws Exception {
        reader.treeRefusal = new Refusal(RefusalReason.NOT_HDF5, "Ti64_0001_master.h5 cannot be read as HDF5");
        PageView.Shown shown = assertInstanceOf(PageView.Shown.class, preview.page(ALICE, 1, null));
        assertEquals(1, reader.read.size());
        assertEquals(reader.treeRefusal, ((org.beamcat.preview.PlotOutcome.Refused) shown.plot()).refusal());
        reader.plotRefusal = new Refusal(RefusalReason.BUSY, "every preview worker is busy");
        assertEquals(new PlotAnswer.Refused(reader.plotRefusal), preview.plot(ALICE, 1, null));
    }

    @Test
    void catalogueFailuresReachTheEdgeTyped() {
        catalogue.failure = new CatalogueException(CatalogueException.Kind.UNAVAILABLE, "down");
        CatalogueException thrown = assertThrows(CatalogueException.class, () -> preview.plot(ALICE, 1, null));
        assertEquals(CatalogueException.Kind.UNAVAILABLE, thrown.kind());
    }
}
