package org.beamcat.ingest.config;

import java.net.URI;
import java.nio.file.Path;
import org.beamcat.support.config.SettingsReader;

/**
 * Every setting of the ingestion module, read and validated when the EAR starts.
 *
 * @param dataRoot the folder beamlines write under; master files are written there ({@code beamcat.data-root})
 * @param icatUrl  the catalogue's host URL, without {@code /icat} ({@code beamcat.icat.url})
 * @param legacyConversion which beamlines' SPEC/EDF files are converted to NeXus, and the conversion limits
 *                 ({@code beamcat.ingest.convert-*})
 */
public record IngestSettings(Path dataRoot, URI icatUrl, LegacyConversionSettings legacyConversion) {

    public static final String DATA_ROOT = "beamcat.data-root";
    public static final String ICAT_URL = "beamcat.icat.url";

    public static IngestSettings read(SettingsReader reader) {
        return new IngestSettings(reader.existingDirectory(DATA_ROOT, true), reader.httpUrl(ICAT_URL),
                LegacyConversionSettings.read(reader));
    }
}
