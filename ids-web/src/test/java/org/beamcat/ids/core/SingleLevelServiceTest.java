package org.beamcat.ids.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.UUID;
import org.beamcat.ids.error.NotFoundException;
import org.beamcat.ids.error.NotImplementedException;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.twolevel.StorageUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleLevelServiceTest {

    @TempDir
    Path tmp;

    StorageFixture fx;

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void everythingIsOnlineAndTheArchiveCallsAreNotImplemented() throws Exception {
        fx = new StorageFixture(tmp, StorageUnit.DATASET, false);
        DsInfo ds = fx.dataset(10);
        fx.file(ds, 100, "x");
        fx.file(ds, 101, "yz");
        StorageServices service = fx.open();
        DataSelection selection = fx.selection(ds);
        assertFalse(service.core().isTwoLevel());
        assertEquals(Status.ONLINE, service.availability().status(selection));
        NotImplementedException e = assertThrows(NotImplementedException.class, () -> service.availability().archive(selection));
        assertEquals(501, e.httpStatus());
        assertEquals("NotImplementedException", e.code());
        assertThrows(NotImplementedException.class, () -> service.availability().restore(selection));
        assertThrows(NotImplementedException.class, () -> service.availability().write(selection));

        String preparedId = service.availability().prepare(selection, false, false);
        assertTrue(service.availability().isPrepared(preparedId));
        assertTrue(service.core().prepared(preparedId).zip(), "two files must zip whatever was asked");
        assertEquals(3, org.beamcat.ids.usecase.Downloads.size(selection));
        assertEquals("x", DatasetUnitServiceTest.unzip(DatasetUnitServiceTest.download(service, preparedId, 0))
                .get("ids/Fac/inv/N%2FA/ds10/file100.dat"));
    }

    @Test
    void anUnknownPreparedIdIsNotFoundAndAnEmptySelectionIsAnEmptyZip() throws Exception {
        fx = new StorageFixture(tmp, StorageUnit.DATASET, false);
        StorageServices service = fx.open();
        assertThrows(NotFoundException.class, () -> service.availability().isPrepared(UUID.randomUUID().toString()));
        assertThrows(NotFoundException.class, () -> service.availability().isPrepared("../../etc/passwd"));
        String preparedId = service.availability().prepare(DataSelection.empty(), false, false);
        assertEquals(22, DatasetUnitServiceTest.download(service, preparedId, 0).length);
    }

    @Test
    void preparedIdsSurviveARestart() throws Exception {
        fx = new StorageFixture(tmp, StorageUnit.DATASET, false);
        DsInfo ds = fx.dataset(10);
        fx.file(ds, 100, "x");
        String preparedId = fx.open().availability().prepare(fx.selection(ds), true, true);
        fx.service.close();
        StorageServices reopened = fx.open();
        assertEquals(fx.selection(ds), reopened.core().prepared(preparedId).selection());
        assertTrue(reopened.core().prepared(preparedId).compress());
    }
}
