package org.beamcat.ids.twolevel;

import java.io.IOException;
import java.util.OptionalLong;
import org.beamcat.ids.plugin.ArchiveStorage;
import org.beamcat.ids.plugin.MainStorage;

/**
 * Whether the archive's copy of a file (datafile unit) may stand in for the file on main storage: it exists
 * and, when the archive can tell its size, has the size of the file on main storage. A file replaced in
 * place after it was archived then gets written again before it is evicted.
 */
final class ArchivedCopy {

    private ArchivedCopy() {
    }

    static boolean matches(ArchiveStorage archive, MainStorage main, String location) throws IOException {
        if (!archive.exists(location)) {
            return false;
        }
        OptionalLong size = archive.size(location);
        return size.isEmpty() || size.getAsLong() == main.size(location);
    }
}
