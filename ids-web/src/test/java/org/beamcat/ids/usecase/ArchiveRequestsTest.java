package org.beamcat.ids.usecase;

import static org.beamcat.ids.usecase.UseCaseFixture.ALICE;
import static org.beamcat.ids.usecase.UseCaseFixture.BOB;
import static org.beamcat.ids.usecase.UseCaseFixture.datasets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.beamcat.ids.core.ServiceStatus;
import org.beamcat.ids.error.DataNotOnlineException;
import org.beamcat.ids.error.InsufficientPrivilegesException;
import org.beamcat.ids.error.NotImplementedException;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.twolevel.StorageUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** restore, archive, write, reset and getServiceStatus. */
class ArchiveRequestsTest {

    @TempDir
    Path tmp;

    UseCaseFixture fx;

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private List<String> queued() {
        return fx.storage.core().serviceStatus().opsQueue().stream().map(ServiceStatus.QueuedOperation::request)
                .toList();
    }

    @Test
    void singleLevelRefusesBeforeTheCatalogueIsAsked() throws Exception {
        fx = new UseCaseFixture(tmp, StorageUnit.DATASET, false);
        fx.catalogue.dataset(1, 10);
        int before = fx.catalogue.calls;

        assertThrows(NotImplementedException.class, () -> fx.archiveRequests.restore(ALICE, datasets(10L)));
        assertThrows(NotImplementedException.class, () -> fx.archiveRequests.archive(ALICE, datasets(10L)));
        assertThrows(NotImplementedException.class, () -> fx.archiveRequests.write(ALICE, datasets(10L)));

        assertEquals(before, fx.catalogue.calls);
        fx.archiveRequests.reset(ALICE, datasets(10L)); // reset has nothing to do on single level, and says so by 204
    }

    @Test
    void archiveAndRestoreAreQueuedForWhatTheCallerMayRead() throws Exception {
        fx = new UseCaseFixture(tmp, StorageUnit.DATASET, true);
        DsInfo ds = fx.catalogue.dataset(1, 10);
        fx.file(ds, 100, "a");

        assertThrows(InsufficientPrivilegesException.class, () -> fx.archiveRequests.archive(BOB, datasets(10L)));
        assertTrue(queued().isEmpty());

        fx.archiveRequests.archive(ALICE, datasets(10L));
        assertEquals(List.of("ARCHIVE_REQUESTED"), queued());
        fx.archiveRequests.restore(ALICE, datasets(10L));
        assertEquals(List.of("RESTORE_REQUESTED"), queued(), "a restore cancels the pending archive");
    }

    @Test
    void writeNeedsTheDataOnline() throws Exception {
        fx = new UseCaseFixture(tmp, StorageUnit.DATAFILE, true);
        DsInfo ds = fx.catalogue.dataset(1, 10);
        DfInfo online = fx.file(ds, 100, "a");
        fx.archiveRequests.write(ALICE, UseCaseFixture.datafiles(100L));
        assertEquals(List.of("WRITE_REQUESTED"), queued());

        fx.main.delete(online.dfLocation(), null, null);
        assertThrows(DataNotOnlineException.class, () -> fx.archiveRequests.write(ALICE, UseCaseFixture.datafiles(100L)));
    }

    @Test
    void theServiceStatusIsForRootUsersOnly() throws Exception {
        fx = new UseCaseFixture(tmp, StorageUnit.DATASET, true);
        fx.catalogue.session("root-session", "simple/root");

        assertTrue(fx.serviceAdmin.serviceStatus("root-session").opsQueue().isEmpty());
        InsufficientPrivilegesException e = assertThrows(InsufficientPrivilegesException.class,
                () -> fx.serviceAdmin.serviceStatus(ALICE));
        assertEquals("simple/alice is not included in the ids rootUserNames set.", e.getMessage());
        assertThrows(InsufficientPrivilegesException.class, () -> fx.serviceAdmin.serviceStatus("gone"));
    }
}
