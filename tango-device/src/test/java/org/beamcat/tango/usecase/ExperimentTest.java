package org.beamcat.tango.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExperimentTest {

    private final Experiment experiment = new Experiment("id00/metaexp/test");

    @Test
    void startsOffAndSaysWhatIsMissing() {
        experiment.serve("");
        assertEquals(SessionState.OFF, experiment.state());
        assertTrue(experiment.status().contains("write the proposal"), experiment.status());
        assertTrue(experiment.status().contains("beamlineID is not set"), experiment.status());
    }

    @Test
    void aNewProposalResetsSampleAndDataRoot() {
        experiment.serve("id00");
        experiment.writeProposal("hg123");
        experiment.writeSample("s1");
        experiment.writeDataRoot("/data/visitor/hg123/id00/s1/s1_0001");
        assertEquals(SessionState.ON, experiment.state());

        experiment.writeProposal("hg124");
        assertEquals(Experiment.SAMPLE_PLACEHOLDER, experiment.sample());
        assertEquals(Experiment.DEFAULT_DATA_ROOT, experiment.dataRoot());
        assertEquals(SessionState.STANDBY, experiment.state());
    }

    @Test
    void rewritingTheSameProposalChangesNothing() {
        experiment.serve("id00");
        experiment.writeProposal("hg123");
        experiment.writeSample("s1");
        experiment.writeProposal(" hg123 ");
        assertEquals("s1", experiment.sample());
    }

    @Test
    void sampleNeedsAProposalAndDataRootMustBeAbsolute() {
        experiment.serve("id00");
        assertThrows(RefusedException.class, () -> experiment.writeSample("s1"));
        experiment.writeProposal("hg123");
        RefusedException e = assertThrows(RefusedException.class, () -> experiment.writeDataRoot("data/x"));
        assertTrue(e.getMessage().contains("absolute"), e.getMessage());
    }
}
