package org.beamcat.landing.registrar.offline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.beamcat.support.config.InvalidSettingException;
import org.beamcat.support.config.SettingsReader;

/**
 * Where the offline registrar keeps its DOIs, read and checked when the application starts.
 *
 * @param directory {@code beamcat.doi.offline.directory}: an existing directory the server may write; by
 *                  default {@code .beamcat-doi-registrar} under {@code beamcat.data-root}, created when missing
 */
public record OfflineRegistrarSettings(Path directory) {

    public static final String DIRECTORY = "beamcat.doi.offline.directory";
    /** Read only for the default directory: the domain's data root. */
    public static final String DATA_ROOT = "beamcat.data-root";
    public static final String DEFAULT_NAME = ".beamcat-doi-registrar";

    public static OfflineRegistrarSettings read(SettingsReader reader) {
        if (reader.optionalString(DIRECTORY).isPresent()) {
            return new OfflineRegistrarSettings(reader.existingDirectory(DIRECTORY, true));
        }
        String root = reader.optionalString(DATA_ROOT).orElseThrow(() -> new InvalidSettingException(DIRECTORY,
                "no value is set, and there is no " + DATA_ROOT + " to put the default directory under"));
        Path dataRoot;
        try {
            dataRoot = Path.of(root);
        } catch (InvalidPathException e) {
            throw new InvalidSettingException(DIRECTORY, "no value is set, and " + DATA_ROOT + " '" + root
                    + "' is not a path for the default directory");
        }
        if (!dataRoot.isAbsolute() || !Files.isDirectory(dataRoot)) {
            throw new InvalidSettingException(DIRECTORY, "no value is set, and " + DATA_ROOT + " '" + root
                    + "' is not an existing absolute directory to put the default directory under");
        }
        Path directory = dataRoot.resolve(DEFAULT_NAME).normalize();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new InvalidSettingException(DIRECTORY, "no value is set, and the default " + directory
                    + " cannot be created: " + e.getMessage());
        }
        if (!Files.isWritable(directory)) {
            throw new InvalidSettingException(DIRECTORY, "no value is set, and the default " + directory
                    + " is not writable by the server process");
        }
        return new OfflineRegistrarSettings(directory);
    }
}
