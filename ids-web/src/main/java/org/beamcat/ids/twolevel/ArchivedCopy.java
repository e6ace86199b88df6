package org.beamcat.ids.twolevel;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.beamcat.ids.plugin.ArchiveStorage;
import org.beamcat.ids.plugin.MainStorage;

/**
 * Whether the archive's copy of a file (datafile unit) may stand in for the file on main storage: it exists,
 * has the size of the file on main storage when the archive can tell its size, and was written no earlier
 * than the file last changed when both storages can tell that. A file replaced in place after it was
 * archived, even at the same size (a master file rewritten after a metadata update), is written again
 * before it is evicted.
 */
final class ArchivedCopy {

    private ArchivedCopy() {
    }

    static boolean matches(ArchiveStorage archive, MainStorage main, String location) throws IOException {
        if (!archive.exists(location)) {
            return false;
        }
        OptionalLong size = archive.size(location);
        if (size.isPresent() && size.getAsLong() != main.size(location)) {
            return false;
        }
        Optional<Instant> written = archive.lastModified(location);
        Optional<Instant> changed = main.lastModified(location);
        return written.isEmpty() || changed.isEmpty() || !changed.get().isAfter(written.get());
    }
}
