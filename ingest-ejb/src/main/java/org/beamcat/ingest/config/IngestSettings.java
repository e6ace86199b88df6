package org.beamcat.ingest.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.beamcat.ingest.registration.FolderLayout;
import org.beamcat.support.config.InvalidSettingException;
import org.beamcat.support.config.SettingsReader;

/**
 * Every setting of the ingestion module, read and validated when the EAR starts.
 *
 * @param dataRoot the folder beamlines write under; master files are written there ({@code beamcat.data-root})
 * @param icatUrl  the catalogue's host URL, without {@code /icat} ({@code beamcat.icat.url})
 * @param legacyConversion which beamlines' SPEC/EDF files are converted to NeXus, and the conversion limits
 *                 ({@code beamcat.ingest.convert-*})
 * @param icatLogin the catalogue account ingestion registers datasets with ({@code beamcat.ingest.icat.*})
 * @param maxAttempts deliveries of one message before a transient failure sends it to the dead-letter
 *                 queue ({@code beamcat.ingest.max-attempts})
 * @param batchSize datafiles created per catalogue call ({@code beamcat.ingest.batch-size})
 * @param checksum  checksum computed for each datafile ({@code beamcat.ingest.checksum})
 * @param inputWait how processed data waits for its raw inputs ({@code beamcat.ingest.input-wait-*})
 * @param folderLayouts where the dataset folders of a proposal on a beamline may lie under the data root
 *                 ({@code beamcat.ingest.folder-layouts}); a message for a folder elsewhere is refused
 */
public record IngestSettings(Path dataRoot, URI icatUrl, LegacyConversionSettings legacyConversion,
        IcatLogin icatLogin, int maxAttempts, int batchSize, ChecksumKind checksum, InputWaitSettings inputWait,
        List<FolderLayout> folderLayouts) {

    public static final String DATA_ROOT = "beamcat.data-root";
    public static final String ICAT_URL = "beamcat.icat.url";
    public static final String ICAT_AUTHENTICATOR = "beamcat.ingest.icat.authenticator";
    public static final String ICAT_USER = "beamcat.ingest.icat.user";
    public static final String ICAT_PASSWORD = "beamcat.ingest.icat.password";
    public static final String MAX_ATTEMPTS = "beamcat.ingest.max-attempts";
    public static final String BATCH_SIZE = "beamcat.ingest.batch-size";
    public static final String CHECKSUM = "beamcat.ingest.checksum";
    public static final String FOLDER_LAYOUTS = "beamcat.ingest.folder-layouts";
    /**
     * ESRF's experiment and in-house folders, and the layout the demo data, the system tests, the Tango
     * tests and the benchmarks use ({@code id11/MA-4321/<sample>/<dataset>}).
     */
    public static final String DEFAULT_FOLDER_LAYOUTS =
            "visitor/{proposal}/{beamline}/**, {beamline}/inhouse/**, {beamline}/{proposal}/**";

    private static final Pattern AUTHENTICATOR = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

    /** The login of the service account; the password never appears in {@link #toString()}. */
    public record IcatLogin(String authenticator, String user, String password) {
        @Override
        public String toString() {
            return authenticator + "/" + user + " (password not shown)";
        }
    }

    public static IngestSettings read(SettingsReader reader) {
        IcatLogin login = new IcatLogin(
                reader.stringMatching(ICAT_AUTHENTICATOR, null, AUTHENTICATOR, "an authenticator name such as simple"),
                reader.requiredString(ICAT_USER), reader.requiredString(ICAT_PASSWORD));
        return new IngestSettings(reader.existingDirectory(DATA_ROOT, true), reader.httpUrl(ICAT_URL),
                LegacyConversionSettings.read(reader), login,
                reader.intInRange(MAX_ATTEMPTS, 5, 1, 100), reader.intInRange(BATCH_SIZE, 1000, 1, 10_000),
                ChecksumKind.parse(CHECKSUM, reader.optionalString(CHECKSUM).orElse("none")),
                InputWaitSettings.read(reader), folderLayouts(reader));
    }

    public IngestSettings {
        folderLayouts = List.copyOf(folderLayouts);
    }

    private static List<FolderLayout> folderLayouts(SettingsReader reader) {
        String list = reader.optionalString(FOLDER_LAYOUTS).orElse(DEFAULT_FOLDER_LAYOUTS);
        List<FolderLayout> layouts = new ArrayList<>();
        for (String pattern : list.split(",")) {
            if (pattern.isBlank()) {
                continue;
            }
            try {
                layouts.add(FolderLayout.parse(pattern));
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingException(FOLDER_LAYOUTS, e.getMessage());
            }
        }
        if (layouts.isEmpty()) {
            throw new InvalidSettingException(FOLDER_LAYOUTS, "names no layout; expected patterns separated by"
                    + " commas, such as " + DEFAULT_FOLDER_LAYOUTS);
        }
        return layouts;
    }
}
