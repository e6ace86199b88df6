package org.beamcat.portal.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The data root the IDS serves ({@code beamcat.data-root}) and the one way the preview turns a catalogue location
 * into a path: the IDS's rules (a relative location, no {@code ..}, no NUL, nothing that leaves the root, also not
 * through a symbolic link). A location that breaks a rule has no path.
 */
public final class DataRoot {

    private final Path root;

    public DataRoot(Path root) {
        try {
            this.root = root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("the data root " + root + " cannot be read", e);
        }
    }

    public Path path() {
        return root;
    }

    /**
     * The path of a location inside the root, with symbolic links resolved where the path exists; empty when the
     * location is blank, absolute, climbs with {@code ..}, or leads out of the root.
     */
    public Optional<Path> resolve(String location) {
        if (location == null || location.isBlank() || location.indexOf('\0') >= 0 || location.startsWith("/")
                || location.startsWith("\\")) {
            return Optional.empty();
        }
        Path relative;
        try {
            relative = Path.of(location);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (relative.isAbsolute()) {
            return Optional.empty();
        }
        for (Path part : relative) {
            if (part.toString().equals("..")) {
                return Optional.empty();
            }
        }
        Path resolved = root.resolve(relative).normalize();
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            return Optional.empty();
        }
        return realInside(resolved);
    }

    /**
     * The file at a path found by {@link #resolve}, if it is now a regular file whose real path (links followed)
     * is still inside the root: a link put there since is not followed out.
     */
    public Optional<Path> existingFile(Path resolved) {
        try {
            Path real = resolved.toRealPath();
            return real.startsWith(root) && Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS) ? Optional.of(real)
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The path with the links of its existing part resolved, if that stays in the root. */
    private Optional<Path> realInside(Path resolved) {
        Path existing = resolved;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Optional.empty();
        }
        Path real;
        try {
            real = existing.toRealPath();
        } catch (IOException e) {
            return Optional.empty(); // a dangling link cannot be followed, so it cannot be trusted either
        }
        if (!real.startsWith(root)) {
            return Optional.empty();
        }
        return Optional.of(real.resolve(existing.relativize(resolved)));
    }
}
