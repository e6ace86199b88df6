package org.beamcat.ids.testplugin;

import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.beamcat.ids.plugin.ArchiveDecorator;
import org.beamcat.ids.plugin.ArchiveStorage;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Test-only: the {@link ArchiveDecorator} the system tests deploy with their two-level IDS WARs (IdsWar adds
 * this package and its service file). It wraps the archive in a {@link FailureRateArchive} reading the file
 * named by the MicroProfile Config key {@value #RATE_FILE}; without that key it leaves the archive alone.
 */
public final class FailureRateDecorator implements ArchiveDecorator {

    /** The key the system tests set in their WAR's own microprofile-config.properties. */
    public static final String RATE_FILE = "beamcat.ids.test.archive-failure-rate-file";

    private static final Logger LOG = Logger.getLogger(FailureRateDecorator.class.getName());

    @Override
    public ArchiveStorage decorate(ArchiveStorage archive) {
        Optional<String> file = ConfigProvider.getConfig().getOptionalValue(RATE_FILE, String.class)
                .filter(value -> !value.isBlank());
        if (file.isEmpty()) {
            return archive;
        }
        Path rateFile = Path.of(file.get());
        if (!rateFile.isAbsolute() || rateFile.getParent() == null) {
            throw new IllegalArgumentException(RATE_FILE + " must be an absolute file path, not '" + file.get() + "'");
        }
        LOG.warning("Archive calls fail at the rate read from " + rateFile + " (test plugin)");
        return FailureRateArchive.fromFile(archive, rateFile.normalize());
    }
}
