package org.beamcat.ingest.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FolderLayoutTest {

    private static final FolderLayout VISITOR = FolderLayout.parse("visitor/{proposal}/{beamline}/**");
    private static final FolderLayout INHOUSE = FolderLayout.parse("{beamline}/inhouse/**");
    private static final FolderLayout DEMO = FolderLayout.parse("{beamline}/{proposal}/**");

    @Test
    void esrfExperimentFoldersUseTheProposalInLowerCaseWithoutTheDash() {
        assertTrue(VISITOR.matches("visitor/ma4321/id11/20260313/RAW_DATA/s/s_0001", "MA-4321", "ID11"));
        assertTrue(VISITOR.matches("visitor/ma4321/id11/s_0001", "ma4321", "id11"));
        assertFalse(VISITOR.matches("visitor/es1234/id16a/cement/cement_0001", "MA-4321", "ID16A"), "other proposal");
        assertFalse(VISITOR.matches("visitor/ma4321/id15/s/s_0001", "MA-4321", "ID11"), "other beamline");
        assertFalse(VISITOR.matches("visitor/ma4321/id11", "MA-4321", "ID11"), "** is at least one folder");
        assertFalse(VISITOR.matches("Visitor/ma4321/id11/s", "MA-4321", "ID11"), "literal folders match exactly");
    }

    @Test
    void inHouseFoldersBelongToTheBeamline() {
        assertTrue(INHOUSE.matches("id11/inhouse/blc1234/s/s_0001", "IH-MA-1", "ID11"));
        assertFalse(INHOUSE.matches("id15/inhouse/blc1234/s/s_0001", "IH-MA-1", "ID11"));
    }

    @Test
    void theDemoLayoutKeepsTheProposalAsWritten() {
        assertTrue(DEMO.matches("id11/MA-4321/Ti64_as_built/Ti64_as_built_0001", "MA-4321", "ID11"));
        assertTrue(DEMO.matches("id16a/ES-1234/cement_7d/cement_7d_holo_0001", "ES-1234", "id16a"));
        assertFalse(DEMO.matches("id16a/ES-1234/cement_7d/cement_7d_holo_0001", "MA-4321", "ID11"), "the hijack");
        assertFalse(DEMO.matches("id16a/ES-1234/cement_7d/cement_7d_holo_0001", "MA-4321", "ID16A"));
    }

    @Test
    void exactDepthWithSingleFolderWildcards() {
        FolderLayout exact = FolderLayout.parse("data/{beamline}/{proposal}/*/*");
        assertTrue(exact.matches("data/id11/ma4321/s/s_0001", "MA-4321", "ID11"));
        assertFalse(exact.matches("data/id11/ma4321/s", "MA-4321", "ID11"));
        assertFalse(exact.matches("data/id11/ma4321/s/s_0001/deeper", "MA-4321", "ID11"));
    }

    @Test
    void normalisationKeepsLettersAndDigitsInLowerCase() {
        assertEquals("ma4321", FolderLayout.normalised("MA-4321"));
        assertEquals("id16a", FolderLayout.normalised("ID16A"));
        assertEquals("ihma12", FolderLayout.normalised("IH_MA.12"));
    }

    @Test
    void badPatternsAreRefusedWithTheReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FolderLayout.parse("visitor/**"))
                .getMessage().contains("names neither {proposal} nor {beamline}"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FolderLayout.parse("/data/{beamline}/**"))
                .getMessage().contains("relative to the data root"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FolderLayout.parse("{beamline}/**/x"))
                .getMessage().contains("** may only be the last"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FolderLayout.parse("{beamline}/../**"))
                .getMessage().contains("'..' is neither"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FolderLayout.parse("{beamline}/{sample}/**"))
                .getMessage().contains("'{sample}' is neither"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FolderLayout.parse("{beamline}/{beamline}/**"))
                .getMessage().contains("twice"));
    }
}
