package org.beamcat.ids.usecase;

import static org.beamcat.ids.usecase.UseCaseFixture.ALICE;
import static org.beamcat.ids.usecase.UseCaseFixture.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import org.beamcat.ids.error.IdsException;
import org.beamcat.ids.error.InsufficientPrivilegesException;
import org.beamcat.ids.error.NotFoundException;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.twolevel.StorageUnit;
import org.beamcat.ids.usecase.Uploads.PutRequest;
import org.beamcat.ids.usecase.Uploads.PutResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** put as one use case: stored and registered together, or neither. */
class UploadsTest {

    @TempDir
    Path tmp;

    UseCaseFixture fx;

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private static PutRequest put(String session, long dsId, String name) {
        return new PutRequest(session, dsId, 1, name, "a description", null, 1_700_000_000_000L, null);
    }

    private static InputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPutStoresTheFileAndRegistersItWithItsSizeAndChecksum() throws Exception {
        fx = new UseCaseFixture(tmp, StorageUnit.DATASET, false);
        DsInfo ds = fx.catalogue.dataset(1, 10);

        PutResult result = fx.uploads.put(put(ALICE, 10, "new.dat"), body("hello"));

        CRC32 crc = new CRC32();
        crc.update("hello".getBytes(StandardCharsets.UTF_8));
        assertEquals(crc.getValue(), result.stored().crc32());
        assertEquals(5, result.stored().size());
        DfInfo registered = fx.catalogue.datafiles.get(result.datafileId());
        assertEquals(result.stored().location(), registered.dfLocation());
        assertEquals(ds.dsId(), registered.dsId());
        assertEquals(Long.toHexString(crc.getValue()), registered.checksum());
        assertEquals("hello", Files.readString(fx.dataRoot.resolve(registered.dfLocation())));
    }

    @Test
    void whenRegistrationFailsTheStoredFileIsRemovedAndTheCataloguesErrorIsAnswered() throws Exception {
        fx = new UseCaseFixture(tmp, StorageUnit.DATASET, false);
        fx.catalogue.dataset(1, 10);
        InsufficientPrivilegesException refused = new InsufficientPrivilegesException("CREATE access refused");
        fx.catalogue.failNextCreate = refused;

        IdsException e = assertThrows(IdsException.class, () -> fx.uploads.put(put(ALICE, 10, "new.dat"),
                body("some bytes")));

        assertSame(refused, e);
        assertEquals(0, fx.filesOnMainStorage(), "the file stored before registration is gone");
        assertTrue(fx.catalogue.datafiles.isEmpty());
        assertTrue(fx.storage.core().serviceStatus().locks().isEmpty(), "no lock is left");
    }

    @Test
    void anUnexpectedRegistrationFailureAlsoLeavesNothingBehind() throws Exception {
        fx = new UseCaseFixture(tmp, StorageUnit.DATASET, false);
        fx.catalogue.dataset(1, 10);
        fx.catalogue.failNextCreateUnexpectedly = new IllegalStateException("connection reset");

        assertThrows(IllegalStateException.class, () -> fx.uploads.put(put(ALICE, 10, "new.dat"), body("x")));

        assertEquals(0, fx.filesOnMainStorage());
    }

    @Test
    void aCallerWhoCannotReadTheDatasetStoresNothing() throws Exception {
        fx = new UseCaseFixture(tmp, StorageUnit.DATASET, false);
        fx.catalogue.dataset(1, 10);

        assertThrows(InsufficientPrivilegesException.class, () -> fx.uploads.put(put(BOB, 10, "new.dat"), body("x")));
        assertThrows(NotFoundException.class, () -> fx.uploads.put(put(ALICE, 99, "new.dat"), body("x")));
        assertThrows(NotFoundException.class, () -> fx.uploads.put(new PutRequest(ALICE, 10, 7, "new.dat", null,
                null, null, null), body("x")), "an unknown datafile format");

        assertEquals(0, fx.filesOnMainStorage());
        assertTrue(fx.catalogue.datafiles.isEmpty());
    }

    @Test
    void twoLevelAPutQueuesTheCopyToTheArchiveOfItsUnit() throws Exception {
        fx = new UseCaseFixture(tmp, StorageUnit.DATASET, true);
        fx.catalogue.dataset(1, 10);
        fx.uploads.put(put(ALICE, 10, "a.dat"), body("a"));
        assertEquals(List.of("WRITE_REQUESTED"), fx.storage.core().serviceStatus().opsQueue().stream()
                .map(op -> op.request()).toList());

        UseCaseFixture byFile = new UseCaseFixture(tmp.resolve("byfile"), StorageUnit.DATAFILE, true);
        try {
            byFile.catalogue.dataset(1, 10);
            PutResult result = byFile.uploads.put(put(ALICE, 10, "b.dat"), body("b"));
            var ops = byFile.storage.core().serviceStatus().opsQueue();
            assertEquals(1, ops.size());
            assertEquals(result.stored().location(), ops.get(0).data(), "the datafile unit queues the file itself");
        } finally {
            byFile.close();
        }
    }

    @Test
    void twoLevelAFailedRegistrationQueuesNothing() throws Exception {
        fx = new UseCaseFixture(tmp, StorageUnit.DATAFILE, true);
        fx.catalogue.dataset(1, 10);
        fx.catalogue.failNextCreate = new InsufficientPrivilegesException("no");

        assertThrows(InsufficientPrivilegesException.class, () -> fx.uploads.put(put(ALICE, 10, "a.dat"), body("a")));

        assertTrue(fx.storage.core().serviceStatus().opsQueue().isEmpty());
        assertFalse(Files.exists(tmp.resolve("archive/1")));
        assertEquals(0, fx.filesOnMainStorage());
    }
}
