package org.beamcat.tango.usecase;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The experiments of one device server, by MetaExperiment device name (Tango names are case-insensitive).
 * A MetadataManager may start before its MetaExperiment, so both sides get the same instance whoever asks
 * first; {@link Experiment#isServed()} tells whether the MetaExperiment device is actually up.
 */
public final class ExperimentDirectory {

    private final ConcurrentMap<String, Experiment> experiments = new ConcurrentHashMap<>();

    public Experiment experiment(String metaExperimentDevice) {
        String key = metaExperimentDevice.strip().toLowerCase(Locale.ROOT);
        return experiments.computeIfAbsent(key, Experiment::new);
    }
}
