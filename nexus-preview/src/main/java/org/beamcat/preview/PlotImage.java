package org.beamcat.preview;

import java.util.List;

/**
 * A rendered default plot: PNG bytes and what they show.
 *
 * @param signalPath  HDF5 path of the signal, from the master file's root (through links)
 * @param shape       the signal's full shape
 * @param kind        LINE for a 1-D signal, IMAGE for a 2-D frame
 * @param frame       the frame of a 3-D stack drawn, else null
 * @param sampled     true when the plot shows a decimated or downsampled reading, not every value
 * @param bytesRead   bytes of data requested from HDF5 for this plot
 */
public record PlotImage(byte[] png, int width, int height, String signalPath, List<Long> shape, Kind kind,
        Integer frame, boolean sampled, long bytesRead) {

    public enum Kind { LINE, IMAGE }

    public PlotImage {
        png = png.clone();
        shape = List.copyOf(shape);
    }

    @Override
    public byte[] png() {
        return png.clone();
    }
}
