package org.beamcat.ids.zip;

import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;

/**
 * One file to put in a zip.
 *
 * @param entryName the name inside the zip
 * @param source    how to open it and what is known about it up front
 */
public record ZipItem(String entryName, Source source) {

    /** The bytes of one entry. */
    public interface Source {

        InputStream open() throws IOException;

        /** The exact size in bytes (asked only when storing uncompressed). */
        long size() throws IOException;

        /** The CRC32 recorded for the bytes, if any (saves a read when storing uncompressed). */
        OptionalLong crc32();
    }
}
