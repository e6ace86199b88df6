package org.beamcat.ids.plugin;

/**
 * What the IDS knows about a datafile, as the REST layer reads it from the catalogue.
 *
 * @param dfId       Datafile.id
 * @param dfName     Datafile.name; may contain '/', which becomes sub-folders inside zips
 * @param dfLocation Datafile.location relative to the storage root, without any location hash
 * @param createId   the catalogue user who created the datafile (lets a plugin decide whether to trust it)
 * @param modId      the catalogue user who last modified it
 * @param dsId       the id of the datafile's dataset
 * @param fileSize   Datafile.fileSize in bytes, null when the catalogue has none
 * @param checksum   Datafile.checksum: lower-case hex CRC32 without leading zeros, null when unknown
 */
public record DfInfo(Long dfId, String dfName, String dfLocation, String createId, String modId, Long dsId,
        Long fileSize, String checksum) {

    /** The partial form storages use for eviction: only the location. */
    public static DfInfo ofLocation(String location) {
        return new DfInfo(null, null, location, null, null, null, null, null);
    }

    /** The CRC32 recorded in the catalogue, if it is a well-formed hex number. */
    public java.util.OptionalLong crc32() {
        if (checksum == null || checksum.isEmpty() || checksum.length() > 8) {
            return java.util.OptionalLong.empty();
        }
        try {
            return java.util.OptionalLong.of(Long.parseLong(checksum, 16));
        } catch (NumberFormatException e) {
            return java.util.OptionalLong.empty();
        }
    }
}
