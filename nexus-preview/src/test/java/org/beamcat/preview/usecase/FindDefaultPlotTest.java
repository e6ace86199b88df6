package org.beamcat.preview.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.beamcat.preview.PreviewRefusedException;
import org.beamcat.preview.RefusalReason;
import org.beamcat.preview.fake.FakeHdf;
import org.junit.jupiter.api.Test;

class FindDefaultPlotTest {

    private final FindDefaultPlot finder = new FindDefaultPlot(400);
    private final Deadline noHurry = Deadline.after(Duration.ofHours(1));

    @Test
    void followsDefaultAttributesBeforeFileOrder() {
        FakeHdf file = new FakeHdf()
                .group("/", "NXroot", Map.of("default", List.of("second")), "first", "second")
                .group("/first", "NXentry", Map.of(), "data")
                .group("/first/data", "NXdata", Map.of("signal", List.of("y")), "y")
                .dataset("/first/data/y", new long[] {3}, 8, i -> 1, Map.of())
                .group("/second", "NXentry", Map.of("default", List.of("plot")), "other", "plot")
                .group("/second/other", "NXdata", Map.of("signal", List.of("y")), "y")
                .dataset("/second/other/y", new long[] {3}, 8, i -> 1, Map.of())
                .group("/second/plot", "NXdata",
                        Map.of("signal", List.of("counts"), "axes", List.of("energy")), "counts", "energy")
                .dataset("/second/plot/counts", new long[] {3}, 8, i -> 1, Map.of("long_name", List.of("Counts")))
                .dataset("/second/plot/energy", new long[] {3}, 8, i -> i[0], Map.of());

        PlotTarget target = finder.find(file, noHurry);

        assertEquals("/second/plot/counts", target.signalPath());
        assertEquals(List.of("/second/plot/energy"), target.axes());
        assertEquals("Counts", target.title());
    }

    @Test
    void withoutDefaultsTakesTheFirstNxDataAndUnderstandsLegacySignalAttributes() {
        FakeHdf file = new FakeHdf()
                .group("/", null, Map.of(), "entry")
                .group("/entry", "NXentry", Map.of(), "instrument", "data")
                .group("/entry/instrument", "NXinstrument", Map.of())
                .group("/entry/data", "NXdata", Map.of(), "x", "y")
                .dataset("/entry/data/x", new long[] {4}, 8, i -> i[0], Map.of())
                .dataset("/entry/data/y", new long[] {4}, 8, i -> 2, Map.of("signal", List.of("1"),
                        "axes", List.of("x")));

        PlotTarget target = finder.find(file, noHurry);

        assertEquals("/entry/data/y", target.signalPath());
        assertEquals(List.of("/entry/data/x"), target.axes());
    }

    @Test
    void aDetectorsDataIsTheLastResort() {
        FakeHdf file = new FakeHdf()
                .group("/", null, Map.of(), "entry")
                .group("/entry", "NXentry", Map.of(), "detector")
                .group("/entry/detector", "NXdetector", Map.of(), "data")
                .dataset("/entry/detector/data", new long[] {2, 8, 8}, 2, i -> 0, Map.of());

        assertEquals("/entry/detector/data", finder.find(file, noHurry).signalPath());
    }

    @Test
    void aDanglingDataFileLinkIsReportedWhenNothingElseIsPlottable() {
        FakeHdf file = new FakeHdf()
                .group("/", null, Map.of("default", List.of("entry")), "entry")
                .group("/entry", "NXentry", Map.of(), "data_files")
                .group("/entry/data_files", "NXcollection", Map.of(), "gone.h5")
                .broken("/entry/data_files/gone.h5", "gone.h5:/");

        PreviewRefusedException refused = assertThrows(PreviewRefusedException.class,
                () -> finder.find(file, noHurry));

        assertEquals(RefusalReason.BROKEN_LINK, refused.refusal().reason());
    }

    @Test
    void nothingPlottableIsSaidSo() {
        FakeHdf file = new FakeHdf().group("/", null, Map.of(), "entry").group("/entry", "NXentry", Map.of());

        PreviewRefusedException refused = assertThrows(PreviewRefusedException.class,
                () -> finder.find(file, noHurry));

        assertEquals(RefusalReason.NO_PLOTTABLE_DATA, refused.refusal().reason());
    }
}
