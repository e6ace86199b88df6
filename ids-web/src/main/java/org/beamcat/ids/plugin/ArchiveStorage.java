package org.beamcat.ids.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Slow storage that holds the safe copy (role of ids.plugin's ArchiveStorageInterface). With the dataset
 * storage unit a dataset is one zip; with the datafile unit each file is kept under its main location.
 */
public interface ArchiveStorage {

    /** Stores (or replaces) a dataset's zip. */
    void put(DsInfo dataset, InputStream zip) throws IOException;

    /** Copies a dataset's zip to a local file, replacing it. */
    void get(DsInfo dataset, Path target) throws IOException;

    /** Removes a dataset's zip; quiet when absent. */
    void delete(DsInfo dataset) throws IOException;

    /**
     * Whether the archive holds the dataset. Not in the upstream interface: the IDS asks before an
     * eviction, so data that never reached the archive is written first instead of being lost.
     */
    boolean exists(DsInfo dataset) throws IOException;

    /** Stores (or replaces) one file under its location. */
    void put(InputStream body, String location) throws IOException;

    /** Removes one file; quiet when absent. */
    void delete(String location) throws IOException;

    /** Whether the archive holds the file (asked before an eviction, like {@link #exists(DsInfo)}). */
    boolean exists(String location) throws IOException;

    /**
     * The size of the archived file when the archive can tell it cheaply, empty otherwise. The IDS evicts a
     * file only when this matches the file on main storage, so a file replaced after it was archived is
     * written again first. A default so that existing plugins keep compiling; theirs answer "unknown" and
     * eviction then relies on {@link #exists(String)} alone.
     */
    default OptionalLong size(String location) throws IOException {
        return OptionalLong.empty();
    }

    /**
     * When the archived copy of a file was written, if the archive can tell cheaply; empty otherwise. A copy
     * written before the file on main storage last changed does not stand in for it, even at the same size.
     */
    default Optional<Instant> lastModified(String location) throws IOException {
        return Optional.empty();
    }

    /**
     * Copies files back into main storage. Never throws for a single file: returns the files that could
     * not be restored (missing, unreadable, or not matching their recorded checksum).
     */
    Set<DfInfo> restore(MainStorage main, List<DfInfo> datafiles);
}
