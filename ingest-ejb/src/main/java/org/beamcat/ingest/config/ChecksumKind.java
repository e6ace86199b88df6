package org.beamcat.ingest.config;

import java.util.Locale;
import org.beamcat.support.config.InvalidSettingException;

/** Whether registration computes a checksum of each datafile ({@code beamcat.ingest.checksum}). */
public enum ChecksumKind {
    /** No checksum: registering only reads the file attributes, not the bytes. */
    NONE,
    /** CRC-32 as lower-case hex without leading zeros, as the ICAT Data Service stores it. */
    CRC32;

    public static ChecksumKind parse(String key, String raw) {
        try {
            return valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(key, "'" + raw + "' is not one of none, crc32");
        }
    }
}
