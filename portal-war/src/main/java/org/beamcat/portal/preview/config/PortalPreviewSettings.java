package org.beamcat.portal.preview.config;

import java.nio.file.Path;
import java.time.Duration;
import org.beamcat.preview.PreviewSettings;
import org.beamcat.support.config.SettingsReader;

/**
 * The preview's settings in the portal, read and validated when the application starts.
 *
 * @param dataRoot        the folder the IDS serves ({@code beamcat.data-root}, shared with ids-web and ingestion)
 * @param library         nexus-preview's bounds ({@code beamcat.preview.*}, docs/nexus-preview.md)
 * @param remember        how long the catalogue's answer "this dataset's master file is there" is kept per
 *                        catalogue session and dataset ({@code beamcat.preview.location-cache-seconds}, 0 to 600,
 *                        default 60; 0: asked on every request)
 * @param rememberEntries most such answers kept ({@code beamcat.preview.location-cache-entries}, 100 to 1,000,000,
 *                        default 10,000)
 */
public record PortalPreviewSettings(Path dataRoot, PreviewSettings library, Duration remember, int rememberEntries) {

    public static final String DATA_ROOT = "beamcat.data-root";
    public static final String LOCATION_CACHE_SECONDS = PreviewSettings.PREFIX + "location-cache-seconds";
    public static final String LOCATION_CACHE_ENTRIES = PreviewSettings.PREFIX + "location-cache-entries";

    public static PortalPreviewSettings read(SettingsReader reader) {
        return new PortalPreviewSettings(reader.existingDirectory(DATA_ROOT, false), PreviewSettings.read(reader),
                Duration.ofSeconds(reader.intInRange(LOCATION_CACHE_SECONDS, 60, 0, 600)),
                reader.intInRange(LOCATION_CACHE_ENTRIES, 10_000, 100, 1_000_000));
    }
}
