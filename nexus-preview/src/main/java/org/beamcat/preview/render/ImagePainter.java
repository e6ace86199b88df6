package org.beamcat.preview.render;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.beamcat.preview.usecase.Frame;

/**
 * A 2-D frame as an image PNG: linear colour scale from the frame's lowest to highest finite value, the
 * aspect ratio kept, a colour bar with its range, pixel indices on the axes.
 */
public final class ImagePainter {

    private static final int BAR = 14;
    private static final int BAR_SPACE = 80;

    public byte[] paint(Frame frame, PlotText text, int width, int height) {
        Canvas canvas = new Canvas(width, height);
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double value : frame.pixels()) {
            if (Double.isFinite(value)) {
                low = Math.min(low, value);
                high = Math.max(high, value);
            }
        }
        if (!(low <= high)) {
            low = 0;
            high = 1;
        }
        double span = high > low ? high - low : 1;
        BufferedImage data = new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < frame.height(); y++) {
            for (int x = 0; x < frame.width(); x++) {
                double value = frame.pixels()[y * frame.width() + x];
                double fraction = high > low ? (value - low) / span : Double.isFinite(value) ? 0.5 : value;
                data.setRGB(x, y, ColourMap.rgb(fraction));
            }
        }
        int areaWidth = width - Canvas.LEFT - Canvas.RIGHT - BAR_SPACE;
        int areaHeight = height - Canvas.TOP - Canvas.BOTTOM;
        double zoom = Math.min((double) areaWidth / frame.width(), (double) areaHeight / frame.height());
        int shownWidth = Math.max(1, (int) (frame.width() * zoom));
        int shownHeight = Math.max(1, (int) (frame.height() * zoom));
        int left = Canvas.LEFT;
        int top = Canvas.TOP;
        canvas.g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        canvas.g.drawImage(data, left, top, shownWidth, shownHeight, null);
        LinePlotPainter.axes(canvas, new LinePlotPainter.Scale(0, frame.fullWidth(), left, left + shownWidth),
                new LinePlotPainter.Scale(0, frame.fullHeight(), top, top + shownHeight), left, left + shownWidth, top,
                top + shownHeight);
        colourBar(canvas, left + shownWidth + 16, top, shownHeight, low, high);
        canvas.texts(text, left + shownWidth, top + shownHeight);
        return canvas.png();
    }

    private static void colourBar(Canvas canvas, int x, int top, int barHeight, double low, double high) {
        for (int i = 0; i < barHeight; i++) {
            canvas.g.setColor(new Color(ColourMap.rgb(1 - (double) i / Math.max(1, barHeight - 1))));
            canvas.g.drawLine(x, top + i, x + BAR, top + i);
        }
        canvas.g.setColor(Color.BLACK);
        canvas.g.drawRect(x, top, BAR, barHeight);
        canvas.g.drawString(Ticks.label(high), x + BAR + 4, top + 10);
        canvas.g.drawString(Ticks.label(low), x + BAR + 4, top + barHeight);
    }
}
