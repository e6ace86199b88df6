package org.beamcat.ingest.registration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.beamcat.ingest.config.ChecksumKind;

/**
 * A dataset folder under the data root: where it is, relative to the root, and which files it holds.
 * Refuses folders outside the data root, folders reached through a symbolic link below the data root (the
 * root itself may be a link) and folders that do not exist.
 */
public final class DatasetFolder {

    private final Path dataRoot;
    private final Path folder;

    private DatasetFolder(Path dataRoot, Path folder) {
        this.dataRoot = dataRoot;
        this.folder = folder;
    }

    /** The folder of an absolute message {@code location}, checked against the data root. */
    public static DatasetFolder resolve(Path dataRoot, String location) throws RegistrationRejected, IOException {
        Path root = dataRoot.toAbsolutePath().normalize();
        Path folder = Path.of(location).normalize();
        if (!folder.isAbsolute() || !folder.startsWith(root) || folder.equals(root)) {
            throw new RegistrationRejected("location " + location + " is not a folder inside the data root " + root);
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new RegistrationRejected("location " + location + " is not an existing folder");
        }
        Path real = folder.toRealPath();
        Path realRoot = root.toRealPath();
        if (!real.startsWith(realRoot)) {
            throw new RegistrationRejected("location " + location + " leads outside the data root " + root);
        }
        // a link below the root would let a folder of one proposal stand for another's: the real folder counts
        if (!realRoot.relativize(real).equals(root.relativize(folder))) {
            throw new RegistrationRejected("location " + location + " goes through a symbolic link (it leads to "
                    + real + "); a dataset folder must be a real folder below the data root");
        }
        return new DatasetFolder(root, folder);
    }

    public Path path() {
        return folder;
    }

    /** The folder relative to the data root, '/'-separated (the catalogue's Dataset.location). */
    public String relativeLocation() {
        return slashes(dataRoot.relativize(folder));
    }

    public String relativeLocation(Path file) {
        return slashes(dataRoot.relativize(file));
    }

    /**
     * The regular files below the folder (symbolic links are not followed), sorted by name, without the
     * files {@code skip} matches. A file that vanishes during the scan fails the scan with an
     * IOException, so the message is tried again rather than registered with a file that is gone.
     */
    public List<ScannedFile> scan(Predicate<Path> skip) throws IOException {
        return scan(skip, ChecksumKind.NONE);
    }

    /**
     * As {@link #scan(Predicate)}, computing each file's checksum while scanning (a file that vanishes
     * while it is read fails the scan the same way).
     */
    public List<ScannedFile> scan(Predicate<Path> skip, ChecksumKind checksum) throws IOException {
        List<ScannedFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) walk.sorted(Comparator.comparing(Path::toString))::iterator) {
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException e) {
                    throw new IOException("file " + file + " vanished during the scan of " + folder, e);
                }
                if (!attributes.isRegularFile() || skip.test(file)) {
                    continue;
                }
                String sum;
                try {
                    sum = FileChecksum.of(file, checksum);
                } catch (NoSuchFileException e) {
                    throw new IOException("file " + file + " vanished during the scan of " + folder, e);
                }
                files.add(new ScannedFile(slashes(folder.relativize(file)), relativeLocation(file), attributes.size(),
                        attributes.lastModifiedTime().toInstant(), sum));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return files;
    }

    /** One regular file of the folder (such as the master file just written), without walking the folder. */
    public ScannedFile file(Path file, ChecksumKind checksum) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return new ScannedFile(slashes(folder.relativize(file)), relativeLocation(file), attributes.size(),
                attributes.lastModifiedTime().toInstant(), FileChecksum.of(file, checksum));
    }

    private static String slashes(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }
}
