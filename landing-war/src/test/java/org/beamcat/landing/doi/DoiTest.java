package org.beamcat.landing.doi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DoiTest {

    @Test
    void isCaseInsensitiveAndPrintsUpperCase() {
        Doi lower = Doi.parse("10.15151/esrf-es-2210534378");
        Doi upper = new Doi("10.15151", "ESRF-ES-2210534378");
        assertEquals(upper, lower);
        assertEquals(upper.hashCode(), lower.hashCode());
        assertEquals("10.15151/ESRF-ES-2210534378", lower.toString());
    }

    @Test
    void readsResolverAndDoiSchemeForms() {
        Doi expected = Doi.parse("10.15151/ESRF-DC-42");
        assertEquals(expected, Doi.parse("https://doi.org/10.15151/esrf-dc-42"));
        assertEquals(expected, Doi.parse("http://dx.doi.org/10.15151/ESRF-DC-42"));
        assertEquals(expected, Doi.parse("doi:10.15151/ESRF-DC-42"));
        assertEquals("https://doi.org/10.15151/ESRF-DC-42", expected.resolverUrl());
    }

    @Test
    void keepsSlashesInsideTheSuffix() {
        Doi doi = Doi.parse("10.5286/topcat/1/DataCollection/42");
        assertEquals("10.5286", doi.prefix());
        assertEquals("TOPCAT/1/DATACOLLECTION/42", doi.suffix());
    }

    @Test
    void rejectsMalformedNames() {
        assertThrows(IllegalArgumentException.class, () -> Doi.parse("10.15151"));
        assertThrows(IllegalArgumentException.class, () -> Doi.parse("11.15151/X"));
        assertThrows(IllegalArgumentException.class, () -> Doi.parse("10.151/X"));
        assertThrows(IllegalArgumentException.class, () -> Doi.parse("10.15151/"));
        assertThrows(IllegalArgumentException.class, () -> Doi.parse("10.15151/has space"));
    }
}
