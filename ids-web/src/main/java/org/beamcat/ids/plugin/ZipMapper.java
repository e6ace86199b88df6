package org.beamcat.ids.plugin;

/**
 * Names the entries of every zip the IDS makes, both downloads and dataset archives (role of ids.plugin's
 * ZipMapperInterface). Changing the mapper makes existing dataset archives unreadable.
 */
public interface ZipMapper {

    /** The path of a datafile inside a zip. */
    String fullEntryName(DsInfo dataset, DfInfo datafile);

    /** The inverse: the datafile name an entry stands for. */
    String fileName(String fullEntryName);
}
