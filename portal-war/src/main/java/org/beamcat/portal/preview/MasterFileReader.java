package org.beamcat.portal.preview;

import java.nio.file.Path;
import org.beamcat.preview.PlotOutcome;
import org.beamcat.preview.PlotRequest;
import org.beamcat.preview.TreeOutcome;

/**
 * Reading a master file (port): nexus-preview's {@code NexusPreview} in the application (bounded, cached), a
 * fake in the unit tests that records which paths it was given.
 */
public interface MasterFileReader {

    TreeOutcome tree(Path masterFile);

    PlotOutcome plot(Path masterFile, PlotRequest request);
}
