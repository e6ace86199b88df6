package org.beamcat.ingest.nexus;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes an HDF5 file so that readers only ever see a complete file or none: the content goes to a
 * hidden temporary file in the same folder, is synced, then renamed atomically over the target. Any
 * failure deletes the temporary file. The same folder matters: a rename is atomic only within one file
 * system.
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
        } finally {
            // Also on jhdf's unchecked failures (HdfWritingException) and on errors such as OutOfMemoryError.
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** True for the temporary files this class creates, so that listings (and tests) can recognise them. */
    public static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(".tmp");
    }
}
