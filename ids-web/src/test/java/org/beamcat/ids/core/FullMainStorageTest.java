package org.beamcat.ids.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Stream;
import org.beamcat.ids.error.IdsException;
import org.beamcat.ids.error.InsufficientStorageException;
import org.beamcat.ids.error.InternalException;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.plugin.MainStorage;
import org.beamcat.ids.storage.FileMainStorage;
import org.beamcat.ids.twolevel.StorageUnit;
import org.beamcat.ids.zip.DefaultZipMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A put that fills the disk is InsufficientStorageException and leaves no partial file behind. */
class FullMainStorageTest {

    @TempDir
    Path tmp;

    @Test
    void aFullDiskIsInsufficientStorageAndNothingIsLeft() throws Exception {
        IdsException full = putThroughDiskThatFails("No space left on device");
        assertTrue(full instanceof InsufficientStorageException, full.toString());
        assertEquals(500, full.httpStatus());
        assertEquals("InsufficientStorageException", full.code());
        try (Stream<Path> files = Files.walk(tmp.resolve("main/1"))) {
            assertFalse(files.anyMatch(Files::isRegularFile), "the partial file was removed");
        }
    }

    @Test
    void otherWriteErrorsStayInternal() throws Exception {
        assertTrue(putThroughDiskThatFails("Input/output error") instanceof InternalException);
    }

    /** Main storage on a disk whose writes fail with {@code message} after the first bytes. */
    private IdsException putThroughDiskThatFails(String message) throws Exception {
        Path dataRoot = Files.createDirectories(tmp.resolve("main"));
        Path cache = Files.createDirectories(tmp.resolve("cache"));
        FileMainStorage real = new FileMainStorage(dataRoot, cache);
        MainStorage failing = (MainStorage) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MainStorage.class}, (proxy, method, args) -> {
                    if (method.getName().equals("put") && args.length == 3) {
                        args[2] = new FailAfterFirstRead((InputStream) args[2], message);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        StorageConfig config = new StorageConfig(cache, StorageUnit.DATASET, Duration.ofSeconds(1),
                Duration.ofSeconds(1), 1, Duration.ofHours(1), Optional.empty(), Optional.empty(), Duration.ofHours(1));
        ScheduledExecutorService threads = Executors.newScheduledThreadPool(1);
        StorageServices service = StorageServices.open(config, failing, null, new DefaultZipMapper(),
                new InMemoryCatalogue(), Clock.systemUTC(), new BackgroundExecutors(threads, threads));
        try {
            DsInfo dataset = new DsInfo(2L, "ds", null, 1L, "inv", "N/A", 5L, "Fac");
            return assertThrows(IdsException.class, () -> service.intake().store(dataset, Optional.empty(), "big.bin",
                    new ByteArrayInputStream(new byte[100_000])));
        } finally {
            service.close();
            threads.shutdownNow();
        }
    }

    /** What a write to a full disk looks like from the copy: the first buffer goes, then ENOSPC. */
    private static final class FailAfterFirstRead extends FilterInputStream {
        private final String message;
        private boolean readOnce;

        FailAfterFirstRead(InputStream in, String message) {
            super(in);
            this.message = message;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (readOnce) {
                throw new IOException(message);
            }
            readOnce = true;
            return super.read(b, off, len);
        }
    }
}
