package org.beamcat.ids.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.beamcat.ids.plugin.InvalidLocationException;

/**
 * Turns a location into a path that is guaranteed to lie inside one storage root: no absolute paths,
 * no "..", no symbolic link leading out of the root, nothing inside the service's own reserved folder.
 * A check-then-use race with someone replacing folders by links inside the root is not covered: only the
 * IDS and ingestion write there.
 */
public final class StorageRoot {

    private final Path root;
    private final Optional<Path> reserved;

    /** @param reserved an existing folder that locations may not reach (the IDS cache), or null */
    public StorageRoot(Path root, Path reserved) {
        try {
            this.root = root.toRealPath();
            // The reserved folder (the cache) is created before the storage, so its real path is known.
            this.reserved = reserved == null || !Files.isDirectory(reserved) ? Optional.empty()
                    : Optional.of(reserved.toRealPath());
        } catch (IOException e) {
            throw new UncheckedIOException("Storage root " + root + " cannot be read", e);
        }
    }

    public Path path() {
        return root;
    }

    public Optional<Path> reserved() {
        return reserved;
    }

    /** The path of a location, refused with {@link InvalidLocationException} if it would leave the root. */
    public Path resolve(String location) {
        if (location == null || location.isBlank()) {
            throw new InvalidLocationException(String.valueOf(location), "it is empty");
        }
        if (location.indexOf('\0') >= 0) {
            throw new InvalidLocationException(location, "it contains a NUL character");
        }
        if (location.startsWith("/") || location.startsWith("\\")) {
            throw new InvalidLocationException(location, "it is an absolute path");
        }
        Path relative;
        try {
            relative = Path.of(location);
        } catch (InvalidPathException e) {
            throw new InvalidLocationException(location, e.getReason());
        }
        if (relative.isAbsolute()) {
            throw new InvalidLocationException(location, "it is an absolute path");
        }
        for (Path part : relative) {
            if (part.toString().equals("..")) {
                throw new InvalidLocationException(location, "it contains '..'");
            }
        }
        Path resolved = root.resolve(relative).normalize();
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            throw new InvalidLocationException(location, "it does not name a file inside the storage");
        }
        refuseReserved(location, resolved);
        refuseLinkEscape(location, resolved);
        return resolved;
    }

    /** The location of a path inside the root, with '/' separators. */
    public String locationOf(Path path) {
        return root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
    }

    /** Re-checks a path after folders were created for it: a link may have been met on the way. */
    public void recheck(String location, Path resolved) {
        refuseLinkEscape(location, resolved);
    }

    private void refuseReserved(String location, Path path) {
        if (reserved.isPresent() && path.startsWith(reserved.get())) {
            throw new InvalidLocationException(location, "it is inside the service's own folder");
        }
    }

    /** The nearest existing ancestor (or the path itself) must really be inside the root. */
    private void refuseLinkEscape(String location, Path resolved) {
        Path existing = resolved;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw new InvalidLocationException(location, "it does not name a file inside the storage");
        }
        Path real;
        try {
            real = existing.toRealPath();
        } catch (IOException e) {
            // A dangling link: it cannot be followed, so it cannot be trusted either.
            throw new InvalidLocationException(location, "it passes through a broken symbolic link");
        }
        if (!real.startsWith(root)) {
            throw new InvalidLocationException(location, "it leaves the storage through a symbolic link");
        }
        refuseReserved(location, real);
    }
}
