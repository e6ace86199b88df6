package org.beamcat.preview.render;

/**
 * The words around a plot.
 *
 * @param title   the signal's long_name or name
 * @param xLabel  the x axis (1-D) or horizontal axis (image), with units in brackets when known
 * @param yLabel  the signal (1-D) or vertical axis (image)
 * @param note    a small line at the bottom (frame, sampling), may be empty
 */
public record PlotText(String title, String xLabel, String yLabel, String note) {
}
