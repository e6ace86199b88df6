package org.beamcat.icat.server.config;

import java.nio.file.Path;
import org.beamcat.support.config.InvalidSettingException;
import org.beamcat.support.config.SettingsReader;

/**
 * The embedded search engine (issue 15).
 *
 * @param directory           where the Lucene index lives ({@code beamcat.search.directory}; default
 *                            {@code beamcat-search} in the domain's folder, {@code ${com.sun.aas.instanceRoot}})
 * @param drainIntervalMillis pause between two looks at the outbox ({@code beamcat.search.drain-interval-millis})
 * @param batchSize           outbox rows per index commit, and rows per rebuild step
 *                            ({@code beamcat.search.batch-size})
 * @param maxCandidates       most matches a non-root search may have before rules are applied; a broader one is
 *                            refused as BAD_PARAMETER ({@code beamcat.search.max-candidates})
 * @param maxLagSeconds       oldest pending outbox row before the health check says DOWN
 *                            ({@code beamcat.search.max-lag-seconds})
 */
public record SearchEngineSettings(Path directory, int drainIntervalMillis, int batchSize, int maxCandidates,
        int maxLagSeconds) {

    public static final String DIRECTORY = "beamcat.search.directory";
    public static final String DRAIN_INTERVAL_MILLIS = "beamcat.search.drain-interval-millis";
    public static final String BATCH_SIZE = "beamcat.search.batch-size";
    public static final String MAX_CANDIDATES = "beamcat.search.max-candidates";
    public static final String MAX_LAG_SECONDS = "beamcat.search.max-lag-seconds";

    public static SearchEngineSettings read(SettingsReader reader) {
        return new SearchEngineSettings(
                directory(reader),
                reader.intInRange(DRAIN_INTERVAL_MILLIS, 500, 50, 60_000),
                reader.intInRange(BATCH_SIZE, 1_000, 10, 100_000),
                reader.intInRange(MAX_CANDIDATES, 1_000_000, 1_000, 100_000_000),
                reader.intInRange(MAX_LAG_SECONDS, 120, 1, 86_400));
    }

    private static Path directory(SettingsReader reader) {
        String configured = reader.optionalString(DIRECTORY).map(String::strip).orElse("");
        if (!configured.isEmpty()) {
            Path path = Path.of(configured);
            if (!path.isAbsolute()) {
                throw new InvalidSettingException(DIRECTORY, "'" + configured + "' is not an absolute path");
            }
            return path;
        }
        String domain = System.getProperty("com.sun.aas.instanceRoot");
        return Path.of(domain != null ? domain : System.getProperty("java.io.tmpdir"), "beamcat-search");
    }
}
