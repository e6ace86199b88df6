package org.beamcat.preview.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.beamcat.preview.PlotImage;
import org.beamcat.preview.PlotRequest;
import org.beamcat.preview.PreviewRefusedException;
import org.beamcat.preview.RefusalReason;
import org.beamcat.preview.fake.FakeHdf;
import org.junit.jupiter.api.Test;

class ReadSignalTest {

    private static final long CAP = 1L << 20; // 1 MiB: 131,072 values

    private final RenderDefaultPlot plot = new RenderDefaultPlot(new FindDefaultPlot(400),
            new ReadSignal(CAP, 1000, 256));
    private final Deadline noHurry = Deadline.after(Duration.ofHours(1));

    @Test
    void aBillionValueSignalIsReadAsWindowsWithinTheByteCap() {
        FakeHdf file = UseCaseFixtures.masterWithSignal(new long[] {1_000_000_000L}, 8);

        PlotImage image = plot.render(file, PlotRequest.standard(), noHurry);

        assertEquals(PlotImage.Kind.LINE, image.kind());
        assertTrue(image.sampled());
        assertTrue(file.bytesRead <= CAP, "read " + file.bytesRead);
        assertEquals(file.bytesRead, image.bytesRead());
        assertEquals(1000, file.readOffsets.size()); // one window per point
        assertTrue(file.readOffsets.get(999)[0] > 990_000_000L, "the windows span the whole signal");
    }

    @Test
    void aSmallSignalIsReadOnceAndWhole() {
        FakeHdf file = UseCaseFixtures.masterWithSignal(new long[] {500}, 4);

        PlotImage image = plot.render(file, PlotRequest.standard(), noHurry);

        assertFalse(image.sampled());
        assertEquals(1, file.readOffsets.size());
        assertEquals(500 * 4, file.bytesRead);
    }

    @Test
    void aHugeStackIsReadAsRowsOfTheRequestedFrameOnly() {
        FakeHdf file = UseCaseFixtures.masterWithSignal(new long[] {100, 20_000, 20_000}, 2);

        PlotImage image = plot.render(file, PlotRequest.standard().withFrame(42), noHurry);

        assertEquals(PlotImage.Kind.IMAGE, image.kind());
        assertEquals(42, image.frame());
        assertTrue(image.sampled());
        assertTrue(file.bytesRead <= CAP, "read " + file.bytesRead);
        assertTrue(file.readOffsets.stream().allMatch(offset -> offset[0] == 42), "only frame 42 is read");
    }

    @Test
    void aStackWithoutAFrameRequestShowsTheFirstFrame() {
        FakeHdf file = UseCaseFixtures.masterWithSignal(new long[] {5, 40, 60}, 4);

        PlotImage image = plot.render(file, PlotRequest.standard(), noHurry);

        assertEquals(0, image.frame());
        assertFalse(image.sampled());
        assertEquals(40 * 60 * 4, file.bytesRead);
    }

    @Test
    void aFrameOutsideTheStackIsRefused() {
        FakeHdf file = UseCaseFixtures.masterWithSignal(new long[] {5, 40, 60}, 4);

        PreviewRefusedException refused = assertThrows(PreviewRefusedException.class,
                () -> plot.render(file, PlotRequest.standard().withFrame(5), noHurry));

        assertEquals(RefusalReason.NO_SUCH_FRAME, refused.refusal().reason());
    }

    @Test
    void aRowOverTheCapIsRefusedNotRead() {
        FakeHdf file = UseCaseFixtures.masterWithSignal(new long[] {2, 1L << 30}, 4);

        PreviewRefusedException refused = assertThrows(PreviewRefusedException.class,
                () -> plot.render(file, PlotRequest.standard(), noHurry));

        assertEquals(RefusalReason.TOO_LARGE, refused.refusal().reason());
        assertEquals(0, file.bytesRead);
    }

    @Test
    void rankFourIsUnsupported() {
        FakeHdf file = UseCaseFixtures.masterWithSignal(new long[] {2, 2, 2, 2}, 4);

        PreviewRefusedException refused = assertThrows(PreviewRefusedException.class,
                () -> plot.render(file, PlotRequest.standard(), noHurry));

        assertEquals(RefusalReason.UNSUPPORTED_RANK, refused.refusal().reason());
    }

    @Test
    void anExpiredDeadlineStopsTheWindows() {
        FakeHdf file = UseCaseFixtures.masterWithSignal(new long[] {1_000_000_000L}, 8);
        long[] now = {0};
        Deadline deadline = new Deadline(Duration.ofSeconds(1), () -> now[0]);
        now[0] = Duration.ofSeconds(2).toNanos();

        PreviewRefusedException refused = assertThrows(PreviewRefusedException.class,
                () -> plot.render(file, PlotRequest.standard(), deadline));

        assertEquals(RefusalReason.TIMED_OUT, refused.refusal().reason());
    }
}
