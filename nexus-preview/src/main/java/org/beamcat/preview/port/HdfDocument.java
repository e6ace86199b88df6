package org.beamcat.preview.port;

/**
 * An open master file. Paths are absolute HDF5 paths from its root; a segment that is a soft or external
 * link is followed, so {@code /entry/data_files/scan.h5/entry/data/counts} reaches into a data file.
 */
public interface HdfDocument extends AutoCloseable {

    /** The object at the path; never throws for a missing object or a broken link (Absent, Broken). */
    HdfEntry entry(String path);

    /**
     * Reads a hyperslab of a numeric dataset as doubles, row-major: {@code shape} values from {@code offset}.
     *
     * @throws org.beamcat.preview.PreviewRefusedException NON_NUMERIC, BROKEN_LINK or NOT_HDF5 (corrupt data)
     */
    double[] read(String datasetPath, long[] offset, int[] shape);

    @Override
    void close();
}
