package org.beamcat.tango.usecase;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The experiment context of one beamline session (the MetaExperiment device): proposal, sample and data
 * root, with the side effects BLISS relies on. Writes of an unchanged value do nothing, so a client that
 * retries after a timeout cannot reset anything by accident.
 *
 * <p>This object is also the lock of its session: the linked {@link DatasetManager}s synchronise on it,
 * so a proposal change and a running endDataset never interleave.
 */
public final class Experiment {

    /** What BLISS shows until a sample is named; it is not a sample. */
    public static final String SAMPLE_PLACEHOLDER = "please enter";
    public static final String DEFAULT_DATA_ROOT = "/data/visitor";

    private final String deviceName;
    private final List<ExperimentListener> listeners = new CopyOnWriteArrayList<>();
    private boolean served;
    private String beamline = "";
    private String proposal = "";
    private String sample = "";
    private String dataRoot = "";

    public Experiment(String deviceName) {
        this.deviceName = deviceName;
    }

    public String deviceName() {
        return deviceName;
    }

    /** The MetaExperiment device is up and serves this experiment. */
    public synchronized void serve(String beamlineId) {
        served = true;
        beamline = clean(beamlineId);
    }

    public synchronized void stopServing() {
        served = false;
    }

    public synchronized boolean isServed() {
        return served;
    }

    public void addListener(ExperimentListener listener) {
        listeners.add(listener);
    }

    public void removeListener(ExperimentListener listener) {
        listeners.remove(listener);
    }

    public synchronized String beamline() {
        return beamline;
    }

    public synchronized String proposal() {
        return proposal;
    }

    public synchronized String sample() {
        return sample;
    }

    public synchronized String dataRoot() {
        return dataRoot;
    }

    /** True when a real sample is named (not blank, not the placeholder). */
    public synchronized boolean hasSample() {
        return !sample.isEmpty() && !sample.equals(SAMPLE_PLACEHOLDER);
    }

    /** New proposal: sample back to the placeholder, data root to the default, datasets un-named. */
    public synchronized void writeProposal(String value) {
        String newProposal = clean(value);
        if (newProposal.equals(proposal)) {
            return;
        }
        listeners.forEach(listener -> listener.beforeProposalChange(newProposal));
        proposal = newProposal;
        sample = newProposal.isEmpty() ? "" : SAMPLE_PLACEHOLDER;
        dataRoot = newProposal.isEmpty() ? "" : DEFAULT_DATA_ROOT;
        listeners.forEach(ExperimentListener::proposalChanged);
    }

    public synchronized void writeSample(String value) {
        String newSample = clean(value);
        if (newSample.equals(sample)) {
            return;
        }
        if (proposal.isEmpty()) {
            throw RefusedException.notAllowed("no experiment: write the proposal on " + deviceName
                    + " before the sample");
        }
        sample = newSample;
        listeners.forEach(ExperimentListener::sampleChanged);
    }

    public synchronized void writeDataRoot(String value) {
        String newRoot = clean(value);
        if (!newRoot.isEmpty() && !newRoot.startsWith("/")) {
            throw RefusedException.notAllowed("dataRoot must be an absolute folder (start with /), got '"
                    + newRoot + "'");
        }
        dataRoot = newRoot;
    }

    public synchronized SessionState state() {
        if (proposal.isEmpty()) {
            return SessionState.OFF;
        }
        return hasSample() ? SessionState.ON : SessionState.STANDBY;
    }

    public synchronized String status() {
        StringBuilder text = new StringBuilder();
        if (proposal.isEmpty()) {
            text.append("No experiment: write the proposal (e.g. hg123).");
        } else {
            text.append("Proposal ").append(proposal).append(", data root ")
                    .append(dataRoot.isEmpty() ? "(not set)" : dataRoot).append('.');
            text.append(hasSample() ? " Sample " + sample + "." : " Sample not named yet: write the sample.");
        }
        if (beamline.isEmpty()) {
            text.append(" Property beamlineID is not set.");
        } else {
            text.append(" Beamline ").append(beamline).append('.');
        }
        return text.toString();
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
