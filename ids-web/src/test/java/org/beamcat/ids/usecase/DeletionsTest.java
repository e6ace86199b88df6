package org.beamcat.ids.usecase;

import static org.beamcat.ids.usecase.UseCaseFixture.ALICE;
import static org.beamcat.ids.usecase.UseCaseFixture.BOB;
import static org.beamcat.ids.usecase.UseCaseFixture.datafiles;
import static org.beamcat.ids.usecase.UseCaseFixture.datasets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.beamcat.ids.error.DataNotOnlineException;
import org.beamcat.ids.error.InsufficientPrivilegesException;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.twolevel.StorageUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** delete: the catalogue first, then the files no remaining datafile shares. */
class DeletionsTest {

    @TempDir
    Path tmp;

    UseCaseFixture fx;

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void deletingADatasetsFilesRemovesThemFromTheCatalogueAndFromMainStorage() throws Exception {
        fx = new UseCaseFixture(tmp, StorageUnit.DATASET, false);
        DsInfo ds = fx.catalogue.dataset(1, 10);
        fx.file(ds, 100, "a");
        fx.file(ds, 101, "b");

        fx.deletions.delete(ALICE, datasets(10L));

        assertTrue(fx.catalogue.datafiles.isEmpty());
        assertEquals(0, fx.filesOnMainStorage());
        assertTrue(fx.catalogue.datasets.containsKey(10L), "the dataset itself is kept");
        assertTrue(fx.storage.core().serviceStatus().locks().isEmpty());
    }

    @Test
    void whenTheCatalogueRefusesTheFilesStay() throws Exception {
        fx = new UseCaseFixture(tmp, StorageUnit.DATASET, false);
        DsInfo ds = fx.catalogue.dataset(1, 10);
        fx.file(ds, 100, "a");
        fx.catalogue.failNextDelete = new InsufficientPrivilegesException("DELETE refused");

        assertThrows(InsufficientPrivilegesException.class, () -> fx.deletions.delete(ALICE, datafiles(100L)));

        assertEquals(1, fx.filesOnMainStorage());
        assertTrue(fx.catalogue.datafiles.containsKey(100L));
        assertTrue(fx.storage.core().serviceStatus().locks().isEmpty(), "the exclusive lock is released");
    }

    @Test
    void aCallerWhoCannotReadTheDataDeletesNothing() throws Exception {
        fx = new UseCaseFixture(tmp, StorageUnit.DATASET, false);
        DsInfo ds = fx.catalogue.dataset(1, 10);
        fx.file(ds, 100, "a");

        assertThrows(InsufficientPrivilegesException.class, () -> fx.deletions.delete(BOB, datafiles(100L)));

        assertEquals(1, fx.filesOnMainStorage());
    }

    @Test
    void aFileAnotherDatafileStillPointsAtIsKept() throws Exception {
        fx = new UseCaseFixture(tmp, StorageUnit.DATASET, false);
        DsInfo ds = fx.catalogue.dataset(1, 10);
        DfInfo original = fx.file(ds, 100, "shared");
        fx.catalogue.datafile(ds, 101, original.dfLocation(), 6); // a clone of the same file

        fx.deletions.delete(ALICE, datafiles(100L));

        assertEquals(Set.of(101L), fx.catalogue.datafiles.keySet());
        assertTrue(fx.main.exists(original.dfLocation()), "the clone's file is kept");
    }

    @Test
    void twoLevelByDatasetAnArchivedDatasetMustBeRestoredFirst() throws Exception {
        fx = new UseCaseFixture(tmp, StorageUnit.DATASET, true);
        DsInfo ds = fx.catalogue.dataset(1, 10);
        DfInfo df = fx.file(ds, 100, "a");
        fx.main.delete(df.dfLocation(), null, null); // as if archived

        assertThrows(DataNotOnlineException.class, () -> fx.deletions.delete(ALICE, datafiles(100L)));

        assertTrue(fx.catalogue.datafiles.containsKey(100L), "the catalogue was not asked to delete");
        assertEquals("RESTORE_REQUESTED", fx.storage.core().serviceStatus().opsQueue().get(0).request());
    }

    @Test
    void twoLevelByDatafileTheArchivedCopyIsDeletedToo() throws Exception {
        fx = new UseCaseFixture(tmp, StorageUnit.DATAFILE, true);
        DsInfo ds = fx.catalogue.dataset(1, 10);
        DfInfo df = fx.file(ds, 100, "a");

        fx.deletions.delete(ALICE, datafiles(100L));

        var ops = fx.storage.core().serviceStatus().opsQueue();
        assertEquals(1, ops.size());
        assertEquals(df.dfLocation(), ops.get(0).data());
        assertEquals("DELETE_REQUESTED", ops.get(0).request());
        assertFalse(fx.main.exists(df.dfLocation()));
    }
}
