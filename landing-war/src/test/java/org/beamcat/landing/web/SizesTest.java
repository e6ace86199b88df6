package org.beamcat.landing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SizesTest {

    @Test
    void decimalUnitsWithOneDecimalBelowTen() {
        assertEquals("0 B", Sizes.human(0));
        assertEquals("999 B", Sizes.human(999));
        assertEquals("1.0 kB", Sizes.human(1000));
        assertEquals("1.5 MB", Sizes.human(1_500_000));
        assertEquals("250 GB", Sizes.human(250_000_000_000L));
        assertEquals("9.2 EB", Sizes.human(Long.MAX_VALUE));
    }
}
