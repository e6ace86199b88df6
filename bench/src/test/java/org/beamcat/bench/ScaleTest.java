package org.beamcat.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The generator spreads each scale's totals over its parts exactly: every scale reaches its numbers. */
class ScaleTest {

    private static final List<Scale> SCALES = List.of(Scale.QUICK, Scale.ESRF, Scale.LARGE);

    private static long sumOfShares(long total, long parts) {
        long sum = 0;
        for (long i = 0; i < parts; i++) {
            sum += Scale.share(total, parts, i);
        }
        return sum;
    }

    @Test
    void sharesAddUpToEveryTotal() {
        for (Scale scale : SCALES) {
            assertEquals(scale.datafiles(), sumOfShares(scale.datafiles(), scale.datasets()), scale.name());
            assertEquals(scale.datasetParameters(), sumOfShares(scale.datasetParameters(), scale.datasets()),
                    scale.name());
            assertEquals(scale.datasets(), sumOfShares(scale.datasets(), scale.investigations()), scale.name());
            assertEquals(scale.samples(), sumOfShares(scale.samples(), scale.investigations()), scale.name());
        }
    }

    @Test
    void partsFollowEachOtherWithoutGapOrOverlap() {
        for (Scale scale : SCALES) {
            long parts = scale.investigations();
            for (long i = 0; i + 1 < parts; i++) {
                assertEquals(Scale.firstOf(scale.datasets(), parts, i) + Scale.share(scale.datasets(), parts, i),
                        Scale.firstOf(scale.datasets(), parts, i + 1), scale.name() + " part " + i);
            }
        }
    }

    @Test
    void largeIsTenTimesEsrf() {
        assertEquals(10 * Scale.ESRF.datafiles(), Scale.LARGE.datafiles());
        assertEquals(10 * Scale.ESRF.datasets(), Scale.LARGE.datasets());
        assertEquals(10 * Scale.ESRF.investigations(), Scale.LARGE.investigations());
    }

    @Test
    void unknownScaleIsRefused() {
        assertEquals(Scale.LARGE, Scale.parse("LARGE"));
        assertThrows(IllegalArgumentException.class, () -> Scale.parse("huge"));
    }
}
