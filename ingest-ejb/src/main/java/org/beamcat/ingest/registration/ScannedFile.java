package org.beamcat.ingest.registration;

import java.time.Instant;

/**
 * One regular file of a dataset folder.
 *
 * @param name     path relative to the dataset folder ({@code frames/frame_0001.raw}); unique in the dataset,
 *                 as ICAT requires of datafile names, also when subfolders repeat file names
 * @param location path relative to the data root, '/'-separated, as the IDS resolves it
 * @param size     bytes
 * @param modified last modification time
 * @param checksum the configured checksum ({@link FileChecksum}), or null when none is configured
 */
public record ScannedFile(String name, String location, long size, Instant modified, String checksum) {

    /** A file scanned without a checksum. */
    public ScannedFile(String name, String location, long size, Instant modified) {
        this(name, location, size, modified, null);
    }
}
