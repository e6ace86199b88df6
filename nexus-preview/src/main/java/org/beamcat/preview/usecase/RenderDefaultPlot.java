package org.beamcat.preview.usecase;

import java.util.ArrayList;
import java.util.List;
import org.beamcat.preview.PlotImage;
import org.beamcat.preview.PlotRequest;
import org.beamcat.preview.PreviewRefusedException;
import org.beamcat.preview.RefusalReason;
import org.beamcat.preview.port.HdfDocument;
import org.beamcat.preview.port.HdfEntry;
import org.beamcat.preview.render.ImagePainter;
import org.beamcat.preview.render.LinePlotPainter;
import org.beamcat.preview.render.PlotText;

/** Finds the default plot, reads what it needs and paints it: a line for 1-D, an image for 2-D or a frame of 3-D. */
public final class RenderDefaultPlot {

    private final FindDefaultPlot finder;
    private final ReadSignal reader;
    private final LinePlotPainter linePainter = new LinePlotPainter();
    private final ImagePainter imagePainter = new ImagePainter();

    public RenderDefaultPlot(FindDefaultPlot finder, ReadSignal reader) {
        this.finder = finder;
        this.reader = reader;
    }

    public PlotImage render(HdfDocument document, PlotRequest request, Deadline deadline) {
        PlotTarget target = finder.find(document, deadline);
        HdfEntry.Dataset signal = target.signal();
        if (!signal.numeric()) {
            throw new PreviewRefusedException(RefusalReason.NON_NUMERIC,
                    target.signalPath() + " holds " + signal.type() + ", not numbers");
        }
        if (signal.rank() < 1 || signal.rank() > 3) {
            throw new PreviewRefusedException(RefusalReason.UNSUPPORTED_RANK,
                    target.signalPath() + " has rank " + signal.rank() + "; 1, 2 or 3 can be drawn");
        }
        if (signal.size() == 0) {
            throw new PreviewRefusedException(RefusalReason.EMPTY_SIGNAL, target.signalPath() + " has no values");
        }
        List<Long> shape = new ArrayList<>();
        for (long dimension : signal.shape()) {
            shape.add(dimension);
        }
        if (signal.rank() == 1) {
            LineSeries series = reader.line(document, target, deadline);
            PlotText text = new PlotText(target.title(), label(document, target.axes().get(0), "index"),
                    label(document, target.signalPath(), HdfPaths.name(target.signalPath())),
                    series.sampled() ? "sampled: windows of the signal within the read bound" : "");
            byte[] png = linePainter.paint(series, text, request.width(), request.height());
            return new PlotImage(png, request.width(), request.height(), target.signalPath(), shape,
                    PlotImage.Kind.LINE, null, series.sampled(), series.bytesRead());
        }
        Integer frame = null;
        if (signal.rank() == 3) {
            frame = request.frame() == null ? 0 : request.frame();
            if (frame < 0 || frame >= signal.shape()[0]) {
                throw new PreviewRefusedException(RefusalReason.NO_SUCH_FRAME,
                        "frame " + frame + " of " + signal.shape()[0] + " in " + target.signalPath());
            }
        }
        Frame pixels = reader.frame(document, signal, frame, deadline);
        int rank = signal.rank();
        String note = (frame == null ? "" : "frame " + frame + " of " + signal.shape()[0] + "; ")
                + (pixels.sampled() ? "downsampled" : "every pixel");
        PlotText text = new PlotText(target.title(), label(document, target.axes().get(rank - 1), "column"),
                label(document, target.axes().get(rank - 2), "row"), note);
        byte[] png = imagePainter.paint(pixels, text, request.width(), request.height());
        return new PlotImage(png, request.width(), request.height(), target.signalPath(), shape,
                PlotImage.Kind.IMAGE, frame, pixels.sampled(), pixels.bytesRead());
    }

    /** long_name, else the name; units in brackets. */
    private static String label(HdfDocument document, String path, String fallback) {
        if (path == null) {
            return fallback;
        }
        HdfEntry entry = document.entry(path);
        String name = entry.attribute("long_name");
        String units = entry.attribute("units");
        String label = name != null ? name : HdfPaths.name(path);
        return units == null || units.isBlank() ? label : label + " [" + units + "]";
    }
}
