package org.beamcat.preview.usecase;

/**
 * One 2-D frame as drawn, row-major, after downsampling.
 *
 * @param sampled  true when rows were skipped or blocks averaged
 */
public record Frame(int width, int height, double[] pixels, boolean sampled, long bytesRead, long fullWidth,
        long fullHeight) {
}
