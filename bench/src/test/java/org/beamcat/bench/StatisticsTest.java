package org.beamcat.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void percentilesByNearestRank() {
        Latencies latencies = new Latencies();
        for (int ms = 100; ms >= 1; ms--) { // added out of order, more than the initial capacity
            latencies.add(ms * 1_000_000L);
        }
        assertEquals(50, latencies.percentileMillis(50), 1e-9);
        assertEquals(99, latencies.percentileMillis(99), 1e-9);
        assertEquals(100, latencies.percentileMillis(100), 1e-9);
        assertEquals(1, latencies.percentileMillis(0.1), 1e-9);
    }

    @Test
    void noSamplesIsAnError() {
        assertThrows(IllegalStateException.class, () -> new Latencies().percentileMillis(50));
    }

    @Test
    void slowdownReadsTheSameForRatesAndLatencies() {
        assertEquals(4, new Figure("s", "rate", "x/s", 25, "b", 100, true, "").slowdown(), 1e-9);
        assertEquals(4, new Figure("s", "latency", "ms", 8, "b", 2, false, "").slowdown(), 1e-9);
        assertEquals(Double.NaN, new Figure("s", "none", "ms", 0, "b", 2, false, "").slowdown());
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(2, IdsCommand.median(new double[] {3, 1, 2}), 1e-9);
        assertEquals(2.5, IdsCommand.median(new double[] {4, 1, 3, 2}), 1e-9);
    }

    @Test
    void scaleSharesAddUpAndTileTheRange() {
        Scale esrf = Scale.ESRF;
        long files = 0;
        for (int d = 0; d < esrf.datasets(); d++) {
            files += Scale.share(esrf.datafiles(), esrf.datasets(), d);
        }
        assertEquals(esrf.datafiles(), files);
        for (int i = 0; i < esrf.investigations() - 1; i++) {
            assertEquals(Scale.firstOf(esrf.datasets(), esrf.investigations(), i)
                    + Scale.share(esrf.datasets(), esrf.investigations(), i),
                    Scale.firstOf(esrf.datasets(), esrf.investigations(), i + 1));
        }
        assertEquals(esrf.datasets(), Scale.firstOf(esrf.datasets(), esrf.investigations(), esrf.investigations() - 1)
                + Scale.share(esrf.datasets(), esrf.investigations(), esrf.investigations() - 1));
    }

    @Test
    void unknownScaleIsRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Scale.parse("huge"));
        assertEquals("scale must be quick, esrf or large, not 'huge'", e.getMessage());
    }
}
