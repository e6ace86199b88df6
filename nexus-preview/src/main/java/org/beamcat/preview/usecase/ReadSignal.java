package org.beamcat.preview.usecase;

import org.beamcat.preview.PreviewRefusedException;
import org.beamcat.preview.RefusalReason;
import org.beamcat.preview.port.HdfDocument;
import org.beamcat.preview.port.HdfEntry;

/**
 * Reads no more of a signal than a plot needs, in slices, never the whole stack. Values read per plot are
 * bounded by {@code maxReadBytes / 8} (each becomes a double on the heap).
 *
 * <p>1-D: a signal within the bound is read at once and reduced to {@code maxLinePoints} min/max windows;
 * a longer one is read as {@code maxLinePoints} evenly spaced windows that together fit the bound, so the
 * plot is an envelope of samples ({@code sampled}). 2-D (or one frame of 3-D): a frame within the bound is
 * read at once; a larger one as evenly spaced whole rows; then blocks are averaged down to
 * {@code maxImageSide}.
 */
public final class ReadSignal {

    private final long maxValues;
    private final int maxLinePoints;
    private final int maxImageSide;

    public ReadSignal(long maxReadBytes, int maxLinePoints, int maxImageSide) {
        this.maxValues = Math.max(1, maxReadBytes / Double.BYTES);
        this.maxLinePoints = maxLinePoints;
        this.maxImageSide = maxImageSide;
    }

    public LineSeries line(HdfDocument document, PlotTarget target, Deadline deadline) {
        HdfEntry.Dataset signal = target.signal();
        long n = signal.shape()[0];
        String axis = target.axes().get(0);
        long budget = axis == null ? maxValues : Math.max(1, maxValues / 2);
        long bytes = 0;
        if (n <= budget) {
            double[] values = document.read(signal.path(), new long[] {0}, new int[] {(int) n});
            bytes += n * signal.elementBytes();
            double[] x;
            if (axis != null) {
                HdfEntry.Dataset axisEntry = (HdfEntry.Dataset) document.entry(axis);
                x = document.read(axis, new long[] {0}, new int[] {(int) n});
                bytes += n * axisEntry.elementBytes();
            } else {
                x = indices(0, 1, (int) n);
            }
            return envelope(x, values, bytes);
        }
        int windows = maxLinePoints;
        int windowLength = (int) Math.max(1, Math.min(Integer.MAX_VALUE, budget / windows));
        double[] x = new double[windows];
        double[] low = new double[windows];
        double[] high = new double[windows];
        int axisBytes = axis == null ? 0 : ((HdfEntry.Dataset) document.entry(axis)).elementBytes();
        for (int w = 0; w < windows; w++) {
            deadline.check();
            long start = (long) ((double) w / windows * n);
            int length = (int) Math.min(windowLength, n - start);
            double[] values = document.read(signal.path(), new long[] {start}, new int[] {length});
            bytes += (long) length * signal.elementBytes();
            low[w] = min(values);
            high[w] = max(values);
            if (axis != null) {
                x[w] = document.read(axis, new long[] {start}, new int[] {1})[0];
                bytes += axisBytes;
            } else {
                x[w] = start;
            }
        }
        return new LineSeries(x, low, high, true, bytes);
    }

    /** Frame {@code frame} of a 3-D stack, or the 2-D signal itself when {@code frame} is null. */
    public Frame frame(HdfDocument document, HdfEntry.Dataset signal, Integer frame, Deadline deadline) {
        long[] shape = signal.shape();
        boolean stack = shape.length == 3;
        long rows = shape[shape.length - 2];
        long columns = shape[shape.length - 1];
        if (columns > maxValues || columns > Integer.MAX_VALUE) {
            throw new PreviewRefusedException(RefusalReason.TOO_LARGE,
                    "one row of " + columns + " values is over the read bound");
        }
        long frameIndex = stack ? frame : 0;
        int width = (int) columns;
        long bytes = 0;
        double[] pixels;
        int height;
        boolean sampled;
        if (rows * columns <= maxValues) {
            height = (int) rows;
            pixels = document.read(signal.path(), offset(stack, frameIndex, 0), slice(stack, height, width));
            bytes += rows * columns * signal.elementBytes();
            sampled = false;
        } else {
            height = (int) Math.min(Math.min(rows, maxImageSide), maxValues / columns);
            pixels = new double[height * width];
            for (int r = 0; r < height; r++) {
                deadline.check();
                long row = (long) ((double) r / height * rows);
                double[] values = document.read(signal.path(), offset(stack, frameIndex, row), slice(stack, 1, width));
                System.arraycopy(values, 0, pixels, r * width, width);
                bytes += columns * signal.elementBytes();
            }
            sampled = true;
        }
        return downsample(width, height, pixels, sampled, bytes, columns, rows);
    }

    private Frame downsample(int width, int height, double[] pixels, boolean sampled, long bytes, long fullWidth,
            long fullHeight) {
        int block = Math.max(ceilDiv(width, maxImageSide), ceilDiv(height, maxImageSide));
        if (block <= 1) {
            return new Frame(width, height, pixels, sampled, bytes, fullWidth, fullHeight);
        }
        int outWidth = ceilDiv(width, block);
        int outHeight = ceilDiv(height, block);
        double[] out = new double[outWidth * outHeight];
        for (int y = 0; y < outHeight; y++) {
            for (int x = 0; x < outWidth; x++) {
                double sum = 0;
                int count = 0;
                for (int dy = 0; dy < block && y * block + dy < height; dy++) {
                    for (int dx = 0; dx < block && x * block + dx < width; dx++) {
                        double value = pixels[(y * block + dy) * width + x * block + dx];
                        if (Double.isFinite(value)) {
                            sum += value;
                            count++;
                        }
                    }
                }
                out[y * outWidth + x] = count == 0 ? Double.NaN : sum / count;
            }
        }
        return new Frame(outWidth, outHeight, out, true, bytes, fullWidth, fullHeight);
    }

    /** Every value was read: up to maxLinePoints windows, each drawn from its lowest to its highest value. */
    private LineSeries envelope(double[] x, double[] values, long bytes) {
        int n = values.length;
        if (n <= maxLinePoints) {
            return new LineSeries(x, values, values.clone(), false, bytes);
        }
        double[] windowX = new double[maxLinePoints];
        double[] low = new double[maxLinePoints];
        double[] high = new double[maxLinePoints];
        for (int w = 0; w < maxLinePoints; w++) {
            int start = (int) ((long) w * n / maxLinePoints);
            int end = (int) ((long) (w + 1) * n / maxLinePoints);
            double[] window = java.util.Arrays.copyOfRange(values, start, Math.max(end, start + 1));
            windowX[w] = x[start];
            low[w] = min(window);
            high[w] = max(window);
        }
        return new LineSeries(windowX, low, high, false, bytes);
    }

    private static double[] indices(int start, int step, int count) {
        double[] x = new double[count];
        for (int i = 0; i < count; i++) {
            x[i] = start + (double) i * step;
        }
        return x;
    }

    private static long[] offset(boolean stack, long frame, long row) {
        return stack ? new long[] {frame, row, 0} : new long[] {row, 0};
    }

    private static int[] slice(boolean stack, int rows, int columns) {
        return stack ? new int[] {1, rows, columns} : new int[] {rows, columns};
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private static double min(double[] values) {
        double min = Double.NaN;
        for (double value : values) {
            if (Double.isFinite(value) && !(value >= min)) {
                min = value;
            }
        }
        return min;
    }

    private static double max(double[] values) {
        double max = Double.NaN;
        for (double value : values) {
            if (Double.isFinite(value) && !(value <= max)) {
                max = value;
            }
        }
        return max;
    }
}
