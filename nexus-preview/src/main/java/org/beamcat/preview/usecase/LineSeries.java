package org.beamcat.preview.usecase;

/**
 * A 1-D signal as drawn: per point its x, and the lowest and highest value in its window (equal when each
 * point is one value).
 *
 * @param sampled  true when windows of the signal were read, not every value
 */
public record LineSeries(double[] x, double[] low, double[] high, boolean sampled, long bytesRead) {
}
