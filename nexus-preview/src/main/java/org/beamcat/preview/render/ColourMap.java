package org.beamcat.preview.render;

/** A perceptually ordered map from 0..1 to RGB (viridis' key colours, linearly interpolated). */
final class ColourMap {

    private static final int[][] STOPS = {
        {68, 1, 84}, {72, 40, 120}, {62, 74, 137}, {49, 104, 142}, {38, 130, 142},
        {31, 158, 137}, {53, 183, 121}, {109, 205, 89}, {180, 222, 44}, {253, 231, 37}};

    private ColourMap() {
    }

    static int rgb(double fraction) {
        if (!Double.isFinite(fraction)) {
            return 0xBBBBBB; // missing value: grey
        }
        double position = Math.max(0, Math.min(1, fraction)) * (STOPS.length - 1);
        int index = Math.min(STOPS.length - 2, (int) position);
        double t = position - index;
        int r = (int) Math.round(STOPS[index][0] + t * (STOPS[index + 1][0] - STOPS[index][0]));
        int g = (int) Math.round(STOPS[index][1] + t * (STOPS[index + 1][1] - STOPS[index][1]));
        int b = (int) Math.round(STOPS[index][2] + t * (STOPS[index + 1][2] - STOPS[index][2]));
        return (r << 16) | (g << 8) | b;
    }
}
