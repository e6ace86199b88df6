package org.beamcat.ingest.registration;

import java.nio.file.Path;

/** Absolute dataset folders named in messages, as catalogue locations relative to the data root. */
final class DataRootPaths {

    private DataRootPaths() {
    }

    /** The '/'-separated location of {@code folder} below {@code dataRoot}; rejected outside it. */
    static String location(Path dataRoot, String folder, String what) throws RegistrationRejected {
        Path root = dataRoot.toAbsolutePath().normalize();
        Path path = Path.of(folder).normalize();
        if (!path.isAbsolute() || !path.startsWith(root) || path.equals(root)) {
            throw new RegistrationRejected(what + " " + folder + " is not a folder inside the data root " + root);
        }
        return root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
    }
}
