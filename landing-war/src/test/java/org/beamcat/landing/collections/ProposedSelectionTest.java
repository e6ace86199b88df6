package org.beamcat.landing.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProposedSelectionTest {

    @Test
    void aCartsLinkProposesAnInvestigationAndItsDatasets() {
        assertEquals(new ProposedSelection(12, List.of(3L, 4L)), ProposedSelection.parse("12", "3,4,3").orElseThrow());
    }

    @Test
    void malformedValuesProposeNothing() {
        assertTrue(ProposedSelection.parse(null, "1").isEmpty());
        assertTrue(ProposedSelection.parse("12", null).isEmpty());
        assertTrue(ProposedSelection.parse("12", "").isEmpty());
        assertTrue(ProposedSelection.parse("0", "1").isEmpty());
        assertTrue(ProposedSelection.parse("12", "1,,2").isEmpty());
        assertTrue(ProposedSelection.parse("12", "1,x").isEmpty());
        assertTrue(ProposedSelection.parse("12", "-1").isEmpty());
        assertTrue(ProposedSelection.parse("99999999999999999999", "1").isEmpty());
        assertTrue(ProposedSelection.parse("12", java.util.stream.IntStream.rangeClosed(1, 501).mapToObj(String::valueOf)
                .collect(java.util.stream.Collectors.joining(","))).isEmpty(), "over 500 datasets");
    }
}
