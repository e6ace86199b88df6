package org.beamcat.preview;

/**
 * What the caller wants drawn: the image size in pixels and, for a 3-D stack, the frame (null: the first).
 * Sizes outside {@link #MIN_SIDE}..{@link #MAX_SIDE} are clamped, so any request gives a bounded image.
 */
public record PlotRequest(int width, int height, Integer frame) {

    public static final int MIN_SIDE = 160;
    public static final int MAX_SIDE = 1600;

    public PlotRequest {
        width = clamp(width);
        height = clamp(height);
    }

    public static PlotRequest standard() {
        return new PlotRequest(640, 420, null);
    }

    public PlotRequest withFrame(int frameIndex) {
        return new PlotRequest(width, height, frameIndex);
    }

    private static int clamp(int side) {
        return Math.max(MIN_SIDE, Math.min(MAX_SIDE, side));
    }
}
