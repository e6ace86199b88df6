package org.beamcat.ingest.nexus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NexusNamesTest {

    @Test
    void unsafeCharactersBecomeUnderscores() {
        assertEquals("I0_mon", NexusNames.safe("I0/mon"));
        assertEquals("Two_Theta", NexusNames.safe(" Two  Theta "));
        assertEquals("_2theta", NexusNames.safe("2theta"));
        assertEquals("unnamed", NexusNames.safe("/.."));
        assertEquals("a_b", NexusNames.safe("a.b"));
    }

    @Test
    void namesAreUniqueIgnoringCase() {
        NexusNames names = new NexusNames();
        assertEquals("data", names.reserve("data"));
        assertEquals("Data_2", names.unique("Data"));
        assertEquals("I0_mon", names.unique("I0/mon"));
        assertEquals("I0_mon_2", names.unique("I0 mon"));
        assertThrows(IllegalStateException.class, () -> names.reserve("i0_mon"));
    }
}
