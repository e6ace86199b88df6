package org.beamcat.ids.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Fast storage that downloads are served from (role of ids.plugin's MainStorageInterface). Locations are
 * plugin-chosen strings relative to the storage; implementations must refuse unsafe ones with
 * {@link InvalidLocationException}.
 */
public interface MainStorage {

    /** Opens a stored file for reading. */
    InputStream get(String location, String createId, String modId) throws IOException;

    /** The size in bytes of a stored file. */
    long size(String location) throws IOException;

    /** Whether the file is present. */
    boolean exists(String location) throws IOException;

    /**
     * When the stored file last changed, if the storage can tell cheaply; empty by default. The IDS compares it
     * with the archive's copy before it evicts a file (datafile unit), so a file rewritten in place after it
     * was archived (a NeXus master file after a metadata update) is written again first.
     */
    default Optional<Instant> lastModified(String location) throws IOException {
        return Optional.empty();
    }

    /** Whether any of the dataset is present (dataset storage unit: "online"). */
    boolean exists(DsInfo dataset) throws IOException;

    /**
     * Whether the dataset is present, judged by these of its datafiles where the storage cannot tell from the
     * dataset alone (a folder it shares with files it does not own). By default {@link #exists(DsInfo)}.
     */
    default boolean exists(DsInfo dataset, List<DfInfo> datafiles) throws IOException {
        return exists(dataset);
    }

    /** Stores a new file of a dataset under a location of the storage's choosing, and returns it. */
    String put(DsInfo dataset, String name, InputStream body) throws IOException;

    /** Stores a file at a known location (restore); the file must not exist yet. */
    void put(InputStream body, String location) throws IOException;

    /** Removes one file; quiet when absent. */
    void delete(String location, String createId, String modId) throws IOException;

    /**
     * Removes a dataset's folder; quiet when absent. The IDS deletes the dataset's registered files one by
     * one first, so a storage may keep files of a shared folder that it cannot know to be the dataset's.
     */
    void delete(DsInfo dataset) throws IOException;

    /** The local path of a file when the storage is a local file system. */
    default Optional<Path> localPath(String location) {
        return Optional.empty();
    }

    /**
     * Datasets to evict, least recently used first, so that usage drops from above {@code startBytes} to
     * {@code stopBytes}; empty while usage is at or below {@code startBytes}. Partial infos (the ids, or
     * the location), completed from the catalogue.
     */
    List<DsInfo> datasetsToArchive(long stopBytes, long startBytes) throws IOException;

    /** The same per file; partial infos holding only the location. */
    List<DfInfo> datafilesToArchive(long stopBytes, long startBytes) throws IOException;

    /**
     * An optional storage-level lock on a dataset, taken when the IDS grants the first in-process lock on
     * it and closed with the last. The default is no storage-level locking.
     */
    default AutoCloseable lock(DsInfo dataset, boolean shared) throws IOException {
        return () -> { };
    }
}
