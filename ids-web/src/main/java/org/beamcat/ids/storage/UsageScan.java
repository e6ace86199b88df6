package org.beamcat.ids.storage;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;

/**
 * One walk of the main storage: every regular file with its size and modification time. Picks the
 * least recently used units to evict, where a unit's time is that of its newest file (a restore rewrites
 * files, so restored data counts as recent). The service's reserved folder is not counted.
 * <p>
 * A file belongs to the dataset whose registered location is its nearest enclosing folder (ingestion
 * layout), else to {@code <invId>/<dsId>} when its path starts so (IDS layout), else to no dataset. The
 * folders are looked up in one batched question per run, made only when eviction is needed: the cost
 * grows with the number of folders, and the walk that measures usage is needed anyway.
 */
final class UsageScan {

    private record FileUse(String location, long size, long modifiedMillis) {
    }

    private record UnitUse<K>(K key, long size, long newestMillis) {
    }

    private final List<FileUse> files;

    private UsageScan(List<FileUse> files) {
        this.files = files;
    }

    static UsageScan of(StorageRoot root) throws IOException {
        List<FileUse> files = new ArrayList<>();
        Files.walkFileTree(root.path(), new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return root.reserved().filter(dir::equals).isPresent()
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    files.add(new FileUse(root.locationOf(file), attrs.size(), attrs.lastModifiedTime().toMillis()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // vanished while walking (a concurrent delete)
            }
        });
        return new UsageScan(files);
    }

    long totalBytes() {
        return files.stream().mapToLong(FileUse::size).sum();
    }

    List<DsInfo> datasetsToEvict(long stopBytes, long startBytes, DatasetFolders known) throws IOException {
        if (totalBytes() <= startBytes) {
            return List.of();
        }
        Set<String> locations = known.datasetLocationsAmong(folders());
        return evict(stopBytes, startBytes, file -> datasetOf(file, locations));
    }

    /** Every folder that holds a file, directly or below it. */
    private Set<String> folders() {
        Set<String> folders = new TreeSet<>();
        for (FileUse file : files) {
            for (String folder = parentOf(file.location()); folder != null && folders.add(folder);
                    folder = parentOf(folder)) {
                // ancestors already added were added with all of theirs
            }
        }
        return folders;
    }

    private static String parentOf(String location) {
        int slash = location.lastIndexOf('/');
        return slash > 0 ? location.substring(0, slash) : null;
    }

    List<DfInfo> datafilesToEvict(long stopBytes, long startBytes) {
        return evict(stopBytes, startBytes, FileUse::location).stream().map(DfInfo::ofLocation).toList();
    }

    private <K> List<K> evict(long stopBytes, long startBytes, Function<FileUse, K> unitOf) {
        long total = totalBytes();
        if (total <= startBytes) {
            return List.of();
        }
        Map<K, UnitUse<K>> units = new LinkedHashMap<>();
        for (FileUse file : files) {
            K key = unitOf.apply(file);
            if (key != null) {
                units.merge(key, new UnitUse<>(key, file.size(), file.modifiedMillis()),
                        (a, b) -> new UnitUse<>(key, a.size() + b.size(), Math.max(a.newestMillis(), b.newestMillis())));
            }
        }
        List<UnitUse<K>> oldestFirst = new ArrayList<>(units.values());
        oldestFirst.sort(Comparator.comparingLong((UnitUse<K> u) -> u.newestMillis()).thenComparing(u -> u.key().toString()));
        List<K> chosen = new ArrayList<>();
        long toFree = total - stopBytes;
        for (UnitUse<K> unit : oldestFirst) {
            if (toFree <= 0) {
                break;
            }
            chosen.add(unit.key());
            toFree -= unit.size();
        }
        return chosen;
    }

    /** The partial dataset of a file: its nearest registered folder, or {@code <invId>/<dsId>}, or null. */
    private static DsInfo datasetOf(FileUse file, Set<String> locations) {
        for (String folder = parentOf(file.location()); folder != null; folder = parentOf(folder)) {
            if (locations.contains(folder)) {
                return new DsInfo(null, null, folder, null, null, null, null, null);
            }
        }
        String[] parts = file.location().split("/");
        if (parts.length < 3) {
            return null;
        }
        try {
            return DsInfo.ofIds(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
