package org.beamcat.ids.twolevel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.beamcat.ids.plugin.DfInfo;

/**
 * Decides whether a dataset's archive zip holds every file that evicting the dataset would delete from
 * main storage. Ingestion registers files behind the IDS's back, also in datasets already written, so a
 * zip that merely exists may be older than the dataset (issue 6). A file is held when the zip has its
 * entry, of the size the file has on main storage, and of the catalogue's CRC32 when there is one.
 */
final class ArchiveCoverage {

    /** A registered datafile present on main storage: what eviction would delete. */
    record OnlineFile(DfInfo datafile, String entryName, long size) {
    }

    /** What a zip's central directory says of one entry. */
    record Entry(long size, long crc) {
    }

    private ArchiveCoverage() {
    }

    /** The files the zip does not hold; empty when eviction loses nothing. */
    static List<OnlineFile> missing(Map<String, Entry> zip, List<OnlineFile> online) {
        List<OnlineFile> missing = new ArrayList<>();
        Set<String> claimed = new HashSet<>();
        for (OnlineFile file : online) {
            Entry entry = zip.get(file.entryName());
            // Two datafiles mapped to one entry name: the zip can hold only one of them.
            if (entry == null || !claimed.add(file.entryName()) || !matches(entry, file)) {
                missing.add(file);
            }
        }
        return missing;
    }

    private static boolean matches(Entry entry, OnlineFile file) {
        if (entry.size() != file.size()) {
            return false;
        }
        OptionalLong crc = file.datafile().crc32();
        return crc.isEmpty() || crc.getAsLong() == entry.crc();
    }
}
