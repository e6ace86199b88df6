package org.beamcat.ids.testplugin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.ids.plugin.ArchiveStorage;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.plugin.MainStorage;

/**
 * Test-only archive plugin: makes the calls of the archive it wraps fail at the rate {@link ArchiveFaults}
 * reads from a file on every call. Moving data (put, get, delete, restore) can fail; questions (exists,
 * size, lastModified) never do. A restore fails file by file, as a tape drive would.
 */
public final class FailureRateArchive implements ArchiveStorage {

    private static final Logger LOG = Logger.getLogger(FailureRateArchive.class.getName());

    private final ArchiveStorage archive;
    private final ArchiveFaults faults;

    public FailureRateArchive(ArchiveStorage archive, ArchiveFaults faults) {
        this.archive = archive;
        this.faults = faults;
    }

    public static FailureRateArchive fromFile(ArchiveStorage archive, Path rateFile) {
        return new FailureRateArchive(archive, ArchiveFaults.fromFile(rateFile, new SecureRandom()));
    }

    @Override
    public void put(DsInfo dataset, InputStream zip) throws IOException {
        faults.maybeFail("put dataset");
        archive.put(dataset, zip);
    }

    @Override
    public void get(DsInfo dataset, Path target) throws IOException {
        faults.maybeFail("get dataset");
        archive.get(dataset, target);
    }

    @Override
    public void delete(DsInfo dataset) throws IOException {
        faults.maybeFail("delete dataset");
        archive.delete(dataset);
    }

    @Override
    public boolean exists(DsInfo dataset) throws IOException {
        return archive.exists(dataset);
    }

    @Override
    public void put(InputStream body, String location) throws IOException {
        faults.maybeFail("put file");
        archive.put(body, location);
    }

    @Override
    public void delete(String location) throws IOException {
        faults.maybeFail("delete file");
        archive.delete(location);
    }

    @Override
    public boolean exists(String location) throws IOException {
        return archive.exists(location);
    }

    @Override
    public OptionalLong size(String location) throws IOException {
        return archive.size(location);
    }

    @Override
    public Optional<Instant> lastModified(String location) throws IOException {
        return archive.lastModified(location);
    }

    @Override
    public Set<DfInfo> restore(MainStorage main, List<DfInfo> datafiles) {
        Set<DfInfo> failed = new LinkedHashSet<>();
        try {
            faults.maybeFail("restore files");
        } catch (IOException e) {
            failed.addAll(datafiles);
            return failed;
        }
        List<DfInfo> attempted = new ArrayList<>();
        for (DfInfo datafile : datafiles) {
            try {
                faults.maybeFail("restore of " + datafile.dfLocation());
                attempted.add(datafile);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Restore of " + datafile.dfLocation() + " failed: " + e);
                failed.add(datafile);
            }
        }
        if (!attempted.isEmpty()) {
            failed.addAll(archive.restore(main, attempted));
        }
        return failed;
    }
}
