package org.beamcat.icat.server.searchengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void unitsOfOneDimensionConvertToOneReference() {
        assertEquals(43_350.0, Units.of("keV").toReference(43.35), 1e-6);
        assertEquals(Units.of("eV").dimension(), Units.of("keV").dimension());
        assertEquals(0.002, Units.of("mm").toReference(2), 1e-12);
        assertEquals(300.0, Units.of("°C").toReference(26.85), 1e-9);
        assertEquals(Units.of("K").dimension(), Units.of("degC").dimension());
        assertEquals(1e5, Units.of("bar").toReference(1), 1e-9);
    }

    @Test
    void caseMattersWhereItChangesTheUnit() {
        assertNotEquals(Units.of("mK").toReference(1), Units.of("MK").toReference(1));
        assertNotEquals(Units.of("mK").dimension(), Units.of("MK").dimension(), "MK is unknown, its own dimension");
    }

    @Test
    void unknownUnitsCompareOnlyWithThemselves() {
        assertEquals("'NA'", Units.of("NA").dimension());
        assertEquals(1800.0, Units.of("NA").toReference(1800), 0);
        assertNotEquals(Units.of("NA").dimension(), Units.of("counts").dimension());
        assertEquals("''", Units.of(null).dimension());
        assertEquals(Units.of(" keV ").dimension(), Units.of("keV").dimension());
    }
}
