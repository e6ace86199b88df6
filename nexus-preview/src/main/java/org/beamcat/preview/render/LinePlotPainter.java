package org.beamcat.preview.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Path2D;
import org.beamcat.preview.usecase.LineSeries;

/** A 1-D signal as a line plot PNG: axes with ticks, labels with units, min/max windows as bars. */
public final class LinePlotPainter {

    private static final Color LINE = new Color(31, 119, 180);

    public byte[] paint(LineSeries series, PlotText text, int width, int height) {
        Canvas canvas = new Canvas(width, height);
        double[] xRange = range(series.x(), series.x());
        double[] yRange = range(series.low(), series.high());
        if (yRange[0] == yRange[1]) {
            yRange = new double[] {yRange[0] - 1, yRange[1] + 1};
        }
        if (xRange[0] == xRange[1]) {
            xRange = new double[] {xRange[0] - 1, xRange[1] + 1};
        }
        int left = Canvas.LEFT;
        int right = width - Canvas.RIGHT;
        int top = Canvas.TOP;
        int bottom = height - Canvas.BOTTOM;
        Scale x = new Scale(xRange[0], xRange[1], left, right);
        Scale y = new Scale(yRange[0], yRange[1], bottom, top);
        axes(canvas, x, y, left, right, top, bottom);

        canvas.g.setClip(left, top, right - left + 1, bottom - top + 1);
        canvas.g.setColor(LINE);
        canvas.g.setStroke(new BasicStroke(1.3f));
        Path2D.Double line = new Path2D.Double();
        boolean drawing = false;
        for (int i = 0; i < series.x().length; i++) {
            double xi = series.x()[i];
            double low = series.low()[i];
            double high = series.high()[i];
            if (!Double.isFinite(xi) || !Double.isFinite(low) || !Double.isFinite(high)) {
                drawing = false; // a gap, not a line to zero
                continue;
            }
            double px = x.pixel(xi);
            double middle = y.pixel((low + high) / 2);
            if (drawing) {
                line.lineTo(px, middle);
            } else {
                line.moveTo(px, middle);
                drawing = true;
            }
            if (low != high) {
                canvas.g.drawLine((int) px, (int) y.pixel(low), (int) px, (int) y.pixel(high));
            }
        }
        canvas.g.draw(line);
        canvas.g.setClip(null);
        canvas.texts(text, right, bottom);
        return canvas.png();
    }

    static void axes(Canvas canvas, Scale x, Scale y, int left, int right, int top, int bottom) {
        canvas.g.setColor(Color.BLACK);
        canvas.g.drawRect(left, top, right - left, bottom - top);
        for (double tick : Ticks.between(x.low, x.high, Math.max(2, (right - left) / 90))) {
            int px = (int) Math.round(x.pixel(tick));
            canvas.g.drawLine(px, bottom, px, bottom + 4);
            canvas.centred(Ticks.label(tick), px, bottom + 17);
        }
        for (double tick : Ticks.between(y.low, y.high, Math.max(2, (bottom - top) / 50))) {
            int py = (int) Math.round(y.pixel(tick));
            canvas.g.drawLine(left - 4, py, left, py);
            String label = Ticks.label(tick);
            canvas.g.drawString(label, left - 6 - canvas.g.getFontMetrics().stringWidth(label), py + 4);
        }
    }

    private static double[] range(double[] lows, double[] highs) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < lows.length; i++) {
            if (Double.isFinite(lows[i])) {
                low = Math.min(low, lows[i]);
            }
            if (Double.isFinite(highs[i])) {
                high = Math.max(high, highs[i]);
            }
        }
        return low <= high ? new double[] {low, high} : new double[] {0, 1};
    }

    /** Data values to pixels, linear. */
    static final class Scale {
        final double low;
        final double high;
        final double from;
        final double to;

        Scale(double low, double high, double from, double to) {
            this.low = low;
            this.high = high;
            this.from = from;
            this.to = to;
        }

        double pixel(double value) {
            return from + (value - low) / (high - low) * (to - from);
        }
    }
}
