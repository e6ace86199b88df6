package org.beamcat.tango.usecase;

/** The Tango states the two devices use, with the meaning BLISS gives them (domain notes §1.3). */
public enum SessionState {
    /** No experiment: no proposal. */
    OFF,
    /** Experiment started; sample or dataset not specified yet. */
    STANDBY,
    /** Dataset named and ready to start (MetaExperiment: proposal and sample set). */
    ON,
    /** A dataset is running (or was ended but is kept until it can be sent). */
    RUNNING,
    /** The device cannot do its job: broker unreachable, or misconfigured. */
    FAULT
}
