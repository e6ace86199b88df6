package org.beamcat.ids.twolevel;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.beamcat.ids.plugin.ArchiveStorage;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.plugin.MainStorage;
import org.beamcat.ids.plugin.ZipMapper;
import org.beamcat.ids.storage.ChecksumVerifyingInputStream;
import org.beamcat.ids.zip.MainStorageSource;
import org.beamcat.ids.zip.ZipItem;
import org.beamcat.ids.zip.ZipStreamWriter;

/**
 * Write and restore for the dataset unit, where the archive holds one zip per dataset whose entries are
 * named by the zip mapper. The zip goes through a temporary file in the cache, so a slow or failing
 * archive never holds a half-read stream of main storage.
 */
final class DatasetOperations {

    private static final Logger LOG = Logger.getLogger(DatasetOperations.class.getName());

    private final MainStorage main;
    private final ArchiveStorage archive;
    private final CatalogueView catalogue;
    private final ZipMapper mapper;
    private final Path workDir;

    DatasetOperations(MainStorage main, ArchiveStorage archive, CatalogueView catalogue, ZipMapper mapper,
            Path workDir) {
        this.main = main;
        this.archive = archive;
        this.catalogue = catalogue;
        this.mapper = mapper;
        this.workDir = workDir;
    }

    /**
     * Rebuilds the dataset's archive zip from main storage, or deletes it when nothing is left there.
     * Returns the entries of the zip it wrote (empty when it deleted it).
     */
    Map<String, ArchiveCoverage.Entry> write(DsInfo dataset) throws IOException {
        if (!main.exists(dataset)) {
            archive.delete(dataset);
            return Map.of();
        }
        List<ZipItem> items = catalogue.datafiles(dataset).stream()
                .sorted(Comparator.comparing(DfInfo::dfId))
                .map(df -> new ZipItem(mapper.fullEntryName(dataset, df), new MainStorageSource(main, df)))
                .toList();
        Path zip = workDir.resolve(UUID.randomUUID() + ".zip");
        try {
            try (OutputStream out = Files.newOutputStream(zip)) {
                new ZipStreamWriter(true).write(items, out);
            }
            Map<String, ArchiveCoverage.Entry> written = entries(zip);
            try (InputStream in = Files.newInputStream(zip)) {
                archive.put(dataset, in);
            }
            return written;
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    /**
     * Evicts the dataset from main storage, but only the files its archive zip holds (issue 6): when the
     * zip lacks a registered file, or holds an older copy of one, the zip is rebuilt first, within the same
     * exclusive lock, and checked again. Returns false, deleting nothing, when the archive still lacks a
     * file. Only the files checked are deleted, so a file registered meanwhile stays.
     */
    boolean evict(DsInfo dataset) throws IOException {
        List<ArchiveCoverage.OnlineFile> online = new ArrayList<>();
        for (DfInfo df : catalogue.datafiles(dataset)) {
            if (main.exists(df.dfLocation())) {
                online.add(new ArchiveCoverage.OnlineFile(df, mapper.fullEntryName(dataset, df),
                        main.size(df.dfLocation())));
            }
        }
        if (!ArchiveCoverage.missing(archived(dataset), online).isEmpty()) {
            LOG.info("The archive of " + dataset.describe() + " lacks files on main storage: rewriting it");
            List<ArchiveCoverage.OnlineFile> missing = ArchiveCoverage.missing(write(dataset), online);
            if (!missing.isEmpty()) {
                LOG.warning("Archive of " + dataset.describe() + " skipped: the rewritten zip still lacks "
                        + missing.stream().map(f -> f.datafile().dfLocation()).toList());
                return false;
            }
        }
        for (ArchiveCoverage.OnlineFile file : online) {
            DfInfo df = file.datafile();
            main.delete(df.dfLocation(), df.createId(), df.modId());
        }
        main.delete(dataset);
        return true;
    }

    /** The entries of the dataset's archive zip; none when there is no zip or it is not a readable zip. */
    private Map<String, ArchiveCoverage.Entry> archived(DsInfo dataset) throws IOException {
        if (!archive.exists(dataset)) {
            return Map.of();
        }
        Path zip = workDir.resolve(UUID.randomUUID() + ".zip");
        try {
            archive.get(dataset, zip);
            return entries(zip);
        } catch (ZipException e) {
            LOG.warning("The archive copy of " + dataset.describe() + " is not a readable zip: " + e);
            return Map.of(); // rewritten from main storage, which still holds everything
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    /** Reads only the central directory, which records every entry's size and CRC32. */
    private static Map<String, ArchiveCoverage.Entry> entries(Path zip) throws IOException {
        Map<String, ArchiveCoverage.Entry> entries = new HashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            file.stream().forEach(e -> entries.putIfAbsent(e.getName(),
                    new ArchiveCoverage.Entry(e.getSize(), e.getCrc())));
        }
        return entries;
    }

    /**
     * Unpacks the dataset's archive zip into main storage, each entry to its datafile's location, checking
     * the catalogue's checksum. A duplicate, spurious or missing entry, or a bad checksum, fails the whole
     * restore and removes what was restored.
     *
     * @param datafiles the dataset's registered datafiles, as the caller has just read them from the catalogue
     */
    void restore(DsInfo dataset, List<DfInfo> datafiles) throws IOException {
        Map<String, DfInfo> byName = new LinkedHashMap<>();
        datafiles.stream()
                .sorted(Comparator.comparing(DfInfo::dfId))
                // Round trip through the mapper, so names read back from entries compare equal.
                .forEach(df -> byName.putIfAbsent(mapper.fileName(mapper.fullEntryName(dataset, df)), df));
        Path zip = workDir.resolve(UUID.randomUUID() + ".zip");
        try {
            archive.get(dataset, zip);
            unpack(dataset, zip, byName);
        } catch (IOException | RuntimeException e) {
            remove(dataset);
            throw e;
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    /**
     * Removes the dataset from main storage: its registered files (what the archive can give back), then
     * whatever folder the storage owns. Files in the dataset's folder that the catalogue does not list are
     * not the IDS's to delete (a beamline folder may hold more than was registered).
     */
    void remove(DsInfo dataset) throws IOException {
        for (DfInfo df : catalogue.datafiles(dataset)) {
            main.delete(df.dfLocation(), df.createId(), df.modId());
        }
        main.delete(dataset);
    }

    private void unpack(DsInfo dataset, Path zip, Map<String, DfInfo> byName) throws IOException {
        Set<String> seen = new HashSet<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                String name = mapper.fileName(entry.getName());
                DfInfo datafile = byName.get(name);
                if (datafile == null) {
                    throw new IOException("Spurious entry " + entry.getName() + " in the archive of " + dataset.describe());
                }
                if (!seen.add(name)) {
                    throw new IOException("Duplicate entry " + entry.getName() + " in the archive of " + dataset.describe());
                }
                String location = datafile.dfLocation();
                if (main.exists(location)) {
                    main.delete(location, datafile.createId(), datafile.modId());
                }
                main.put(ChecksumVerifyingInputStream.of(new KeepOpen(in), datafile.crc32(), null,
                        "Entry " + entry.getName()), location);
            }
        }
        if (seen.size() != byName.size()) {
            throw new IOException((byName.size() - seen.size()) + " datafile(s) missing from the archive of "
                    + dataset.describe());
        }
    }

    /** Storage closes what it is given; the zip stream must stay open for the next entry. */
    private static final class KeepOpen extends FilterInputStream {

        KeepOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
