package org.beamcat.ingest.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import org.beamcat.messages.InvestigationMessage;
import org.junit.jupiter.api.Test;

class SessionKeyTest {

    @Test
    void portalIdWinsElseBeamlineAndUtcStartDay() {
        OffsetDateTime start = OffsetDateTime.parse("2026-03-12T00:30:00+01:00");
        assertEquals("1234567", SessionKey.visitId(new InvestigationMessage("MA-4321", "ID11", "1234567", start, null)));
        assertEquals("id11-20260311", SessionKey.visitId(new InvestigationMessage("MA-4321", "ID11", null, start, null)),
                "the day is taken in UTC, so every server derives the same key");
    }

    @Test
    void hdf5FilesAreRecognisedByExtension() {
        assertTrue(DatasetRescan.isHdf5("scan_0001.h5"));
        assertTrue(DatasetRescan.isHdf5("frames/eiger_0001.HDF5"));
        assertTrue(DatasetRescan.isHdf5("sample.nxs"));
        assertFalse(DatasetRescan.isHdf5("scan.dat"));
        assertFalse(DatasetRescan.isHdf5(".h5"));
    }
}
