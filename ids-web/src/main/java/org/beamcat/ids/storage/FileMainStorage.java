package org.beamcat.ids.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.plugin.MainStorage;

/**
 * Main storage on the data root. A dataset's folder is its Dataset.location when it has one (ingestion
 * registers datasets that way, files under it) and {@code <invId>/<dsId>} otherwise (datasets created by
 * IDS put). New files go to {@code <folder>/<uuid>} (the file name is never used in a path).
 * <p>
 * A located folder is not the IDS's own: other files may sit in it. So such a dataset is present when its
 * registered datafiles are ({@link #exists(DsInfo, List)}; without them, when its folder holds any regular
 * file), and {@link #delete(DsInfo)} removes only its empty folders; the
 * caller deletes the registered files first (what the archive can give back). An {@code <invId>/<dsId>}
 * folder belongs to the IDS and is deleted whole.
 */
public final class FileMainStorage implements MainStorage {

    private final StorageRoot root;
    private final DatasetFolders known;

    /** @param reserved an existing folder under the root that belongs to the IDS (its cache), or null */
    public FileMainStorage(Path dataRoot, Path reserved) {
        this(dataRoot, reserved, DatasetFolders.NONE);
    }

    /** @param known tells the space scan which folders are dataset locations */
    public FileMainStorage(Path dataRoot, Path reserved, DatasetFolders known) {
        this.root = new StorageRoot(dataRoot, reserved);
        this.known = known;
    }

    @Override
    public InputStream get(String location, String createId, String modId) throws IOException {
        return Files.newInputStream(regularFile(location));
    }

    @Override
    public long size(String location) throws IOException {
        return Files.size(regularFile(location));
    }

    @Override
    public boolean exists(String location) {
        return Files.isRegularFile(root.resolve(location));
    }

    @Override
    public Optional<Instant> lastModified(String location) throws IOException {
        return Optional.of(Files.getLastModifiedTime(regularFile(location)).toInstant());
    }

    @Override
    public boolean exists(DsInfo dataset) throws IOException {
        Path folder = datasetFolder(dataset);
        return located(dataset) ? FileTrees.holdsRegularFile(folder) : Files.isDirectory(folder);
    }

    /**
     * A located dataset is present when every one of the given datafiles is: other files in its folder (written
     * there after ingestion, never registered) stay through eviction and must not make it look online.
     */
    @Override
    public boolean exists(DsInfo dataset, List<DfInfo> datafiles) throws IOException {
        if (!located(dataset) || datafiles.isEmpty()) {
            return exists(dataset);
        }
        for (DfInfo datafile : datafiles) {
            if (!exists(datafile.dfLocation())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String put(DsInfo dataset, String name, InputStream body) throws IOException {
        String location = root.locationOf(datasetFolder(dataset)) + "/" + UUID.randomUUID();
        put(body, location);
        return location;
    }

    @Override
    public void put(InputStream body, String location) throws IOException {
        Path target = root.resolve(location);
        Files.createDirectories(target.getParent());
        root.recheck(location, target);
        FileTrees.writeAtomically(body, target, false);
    }

    @Override
    public void delete(String location, String createId, String modId) throws IOException {
        Path target = root.resolve(location);
        Files.deleteIfExists(target);
        FileTrees.removeEmptyParents(target.getParent(), root.path());
    }

    @Override
    public void delete(DsInfo dataset) throws IOException {
        Path folder = datasetFolder(dataset);
        if (located(dataset)) {
            FileTrees.deleteEmptyFolders(folder);
        } else {
            FileTrees.deleteTree(folder);
        }
        FileTrees.removeEmptyParents(folder.getParent(), root.path());
    }

    @Override
    public Optional<Path> localPath(String location) {
        return Optional.of(root.resolve(location));
    }

    @Override
    public List<DsInfo> datasetsToArchive(long stopBytes, long startBytes) throws IOException {
        return UsageScan.of(root).datasetsToEvict(stopBytes, startBytes, known);
    }

    @Override
    public List<DfInfo> datafilesToArchive(long stopBytes, long startBytes) throws IOException {
        return UsageScan.of(root).datafilesToEvict(stopBytes, startBytes);
    }

    /** Bytes used under the data root, as the Tidier measures them. */
    public long usedBytes() throws IOException {
        return UsageScan.of(root).totalBytes();
    }

    /** The dataset's folder, refused with InvalidLocationException if its location would leave the root. */
    private Path datasetFolder(DsInfo dataset) {
        if (located(dataset)) {
            return root.resolve(dataset.dsLocation());
        }
        if (dataset.invId() == null || dataset.dsId() == null) {
            throw new IllegalArgumentException("A dataset needs its investigation id and id: " + dataset);
        }
        return root.resolve(dataset.invId() + "/" + dataset.dsId());
    }

    private static boolean located(DsInfo dataset) {
        return dataset.dsLocation() != null && !dataset.dsLocation().isBlank();
    }

    private Path regularFile(String location) throws NoSuchFileException {
        Path path = root.resolve(location);
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(location);
        }
        return path;
    }
}
