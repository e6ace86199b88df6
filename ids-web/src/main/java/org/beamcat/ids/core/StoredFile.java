package org.beamcat.ids.core;

/**
 * A file put stored in main storage, before it is registered in the catalogue.
 *
 * @param location where main storage put it (goes to Datafile.location)
 * @param crc32    the CRC32 of the bytes received
 * @param size     the number of bytes received
 */
public record StoredFile(String location, long crc32, long size) {

    /** The catalogue's form: lower-case hex without leading zeros (contract 2.8). */
    public String checksum() {
        return Long.toHexString(crc32);
    }
}
