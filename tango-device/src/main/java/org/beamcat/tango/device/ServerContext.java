package org.beamcat.tango.device;

import java.time.Clock;
import org.beamcat.tango.usecase.ExperimentDirectory;

/**
 * What the devices of one server process share. JTango creates device objects itself (no constructor
 * arguments), so the MetaExperiment and MetadataManager devices of a session find each other here.
 */
final class ServerContext {

    static final ExperimentDirectory EXPERIMENTS = new ExperimentDirectory();
    static final Clock CLOCK = Clock.systemDefaultZone();

    private ServerContext() {
    }
}
