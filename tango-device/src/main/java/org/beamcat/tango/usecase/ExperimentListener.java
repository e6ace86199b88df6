package org.beamcat.tango.usecase;

/** A MetadataManager linked to a MetaExperiment: told of the experiment's changes, may veto a new proposal. */
public interface ExperimentListener {

    /** Throws {@link RefusedException} when the proposal must not change now (a dataset is held). */
    void beforeProposalChange(String newProposal);

    /** The proposal changed (sample and data root were reset with it). */
    void proposalChanged();

    /** The sample changed. */
    void sampleChanged();
}
