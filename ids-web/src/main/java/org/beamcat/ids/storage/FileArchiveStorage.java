package org.beamcat.ids.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.ids.plugin.ArchiveStorage;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.plugin.MainStorage;

/**
 * Archive storage in a second directory tree that behaves like tape: every call first waits a fixed
 * delay (mount and seek), and data moves no faster than the configured bandwidth. A dataset is the file
 * {@code <invId>/<dsId>} (its zip); a datafile is kept under its main-storage location.
 */
public final class FileArchiveStorage implements ArchiveStorage {

    private static final Logger LOG = Logger.getLogger(FileArchiveStorage.class.getName());

    private final StorageRoot root;
    private final Duration delay;
    private final long bytesPerSecond;

    /** @param bytesPerSecond 0 means unlimited */
    public FileArchiveStorage(Path archiveRoot, Duration delay, long bytesPerSecond) {
        this.root = new StorageRoot(archiveRoot, null);
        this.delay = delay;
        this.bytesPerSecond = bytesPerSecond;
    }

    @Override
    public void put(DsInfo dataset, InputStream zip) throws IOException {
        pause();
        FileTrees.writeAtomically(ThrottledInputStream.of(zip, bytesPerSecond), datasetFile(dataset), true);
    }

    @Override
    public void get(DsInfo dataset, Path target) throws IOException {
        pause();
        try (InputStream in = ThrottledInputStream.of(Files.newInputStream(datasetFile(dataset)), bytesPerSecond)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void delete(DsInfo dataset) throws IOException {
        pause();
        Path file = datasetFile(dataset);
        Files.deleteIfExists(file);
        FileTrees.removeEmptyParents(file.getParent(), root.path());
    }

    @Override
    public boolean exists(DsInfo dataset) {
        return Files.isRegularFile(datasetFile(dataset));
    }

    @Override
    public void put(InputStream body, String location) throws IOException {
        pause();
        Path target = root.resolve(location);
        Files.createDirectories(target.getParent());
        root.recheck(location, target);
        FileTrees.writeAtomically(ThrottledInputStream.of(body, bytesPerSecond), target, true);
    }

    @Override
    public void delete(String location) throws IOException {
        pause();
        Path target = root.resolve(location);
        Files.deleteIfExists(target);
        FileTrees.removeEmptyParents(target.getParent(), root.path());
    }

    @Override
    public boolean exists(String location) {
        return Files.isRegularFile(root.resolve(location));
    }

    @Override
    public OptionalLong size(String location) throws IOException {
        Path file = root.resolve(location);
        return Files.isRegularFile(file) ? OptionalLong.of(Files.size(file)) : OptionalLong.empty();
    }

    @Override
    public Optional<Instant> lastModified(String location) throws IOException {
        Path file = root.resolve(location);
        return Files.isRegularFile(file) ? Optional.of(Files.getLastModifiedTime(file).toInstant()) : Optional.empty();
    }

    @Override
    public Set<DfInfo> restore(MainStorage main, List<DfInfo> datafiles) {
        Set<DfInfo> failed = new LinkedHashSet<>();
        try {
            pause();
        } catch (IOException e) {
            failed.addAll(datafiles);
            return failed;
        }
        for (DfInfo datafile : datafiles) {
            String location = datafile.dfLocation();
            Path archived = root.resolve(location);
            try (InputStream in = ChecksumVerifyingInputStream.of(
                    ThrottledInputStream.of(Files.newInputStream(archived), bytesPerSecond),
                    datafile.crc32(), null, "Archived file " + location)) {
                main.put(in, location);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Restore of " + location + " failed: " + e);
                failed.add(datafile);
                continue;
            }
            keepArchivedTime(main, location, archived);
        }
        return failed;
    }

    /**
     * Gives a restored file the archived copy's time, so evicting it again needs no new write to the archive
     * ({@link MainStorage#lastModified}). Failing that, the file is still restored; it is only written again.
     */
    private static void keepArchivedTime(MainStorage main, String location, Path archived) {
        try {
            Optional<Path> restored = main.localPath(location);
            if (restored.isPresent()) {
                Files.setLastModifiedTime(restored.get(), Files.getLastModifiedTime(archived));
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Restored " + location + " keeps the time of its restore: " + e);
        }
    }

    private Path datasetFile(DsInfo dataset) {
        if (dataset.invId() == null || dataset.dsId() == null) {
            throw new IllegalArgumentException("A dataset needs its investigation id and id: " + dataset);
        }
        return root.resolve(dataset.invId() + "/" + dataset.dsId());
    }

    private void pause() throws IOException {
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for the archive");
        }
    }
}
