package org.beamcat.ingest.nexus;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Writes an HDF5 file so that readers only ever see a complete file or none: the content goes to a
 * hidden temporary file in the same folder, is synced, then renamed atomically over the target. Any
 * failure deletes the temporary file. The same folder matters: a rename is atomic only within one file
 * system.
 *
 * <p>A JVM killed while writing leaves its temporary file ({@code .<name>.<uuid>.tmp}). Each successful
 * write of a file removes that file's own temporaries older than {@link #STALE_AFTER}: the age spares a
 * write of the same file still under way elsewhere, and only names this class makes are touched.
 */
public final class AtomicHdfFile {

    /** Fills the jhdf tree; jhdf serialises it when the file is closed. */
    @FunctionalInterface
    public interface Content<E extends Exception> {
        void fill(WritableHdfFile file) throws E, IOException;
    }

    /** Fills a tree whose groups can also hold external links. */
    @FunctionalInterface
    public interface LinkingContent<E extends Exception> {
        void fill(LinkingGroup root) throws E, IOException;
    }

    private interface Writer<E extends Exception> {
        void writeTo(Path temp) throws E, IOException;
    }

    /** Far longer than any write takes (a conversion of 320 MiB takes seconds). */
    static final Duration STALE_AFTER = Duration.ofMinutes(15);
    private static final Logger LOG = Logger.getLogger(AtomicHdfFile.class.getName());
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private AtomicHdfFile() {
    }

    public static <E extends Exception> void write(Path target, Content<E> content) throws E, IOException {
        replace(target, temp -> {
            try (WritableHdfFile file = HdfFile.write(temp)) {
                content.fill(file);
            }
        });
    }

    /** Like {@link #write}, with groups that can hold external links ({@link LinkingHdfFile}). */
    public static <E extends Exception> void writeWithLinks(Path target, LinkingContent<E> content)
            throws E, IOException {
        replace(target, temp -> {
            try (LinkingHdfFile file = LinkingHdfFile.create(temp)) {
                content.fill(file.root());
            }
        });
    }

    private static <E extends Exception> void replace(Path target, Writer<E> writer) throws E, IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        boolean done = false;
        try {
            writer.writeTo(temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            done = true;
            removeStaleTemporaries(target, Instant.now().minus(STALE_AFTER));
        } finally {
            // Also on jhdf's unchecked failures (HdfWritingException) and on errors such as OutOfMemoryError.
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Deletes the temporary files of {@code target} ({@code .<name>.<uuid>.tmp} beside it) last modified
     * before {@code olderThan}; returns how many. A failure is logged, never thrown: the file itself is written.
     */
    public static int removeStaleTemporaries(Path target, Instant olderThan) {
        Path folder = target.toAbsolutePath().getParent();
        Pattern names = Pattern.compile("\\." + Pattern.quote(target.getFileName().toString()) + "\\." + UUID_PATTERN
                + "\\.tmp");
        int removed = 0;
        try (DirectoryStream<Path> temporaries = Files.newDirectoryStream(folder,
                file -> names.matcher(file.getFileName().toString()).matches())) {
            for (Path temporary : temporaries) {
                BasicFileAttributes attributes = Files.readAttributes(temporary, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(olderThan)
                        && Files.deleteIfExists(temporary)) {
                    removed++;
                    LOG.info("removed " + temporary + ", left by a write of " + target + " that never finished");
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warning("stale temporary files of " + target + " not removed: " + e);
        }
        return removed;
    }

    /** True for the temporary files this class creates, so that listings (and tests) can recognise them. */
    public static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(".tmp");
    }
}
