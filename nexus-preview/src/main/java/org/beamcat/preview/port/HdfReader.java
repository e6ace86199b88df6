package org.beamcat.preview.port;

import java.nio.file.Path;

/** Opens HDF5 files for reading (the port the use cases see; jhdf behind it, a fake in tests). */
public interface HdfReader {

    /**
     * Opens a master file. Links are followed from it: external ones only into files under the master
     * file's folder.
     *
     * @throws org.beamcat.preview.PreviewRefusedException FILE_MISSING or NOT_HDF5
     */
    HdfDocument open(Path masterFile);
}
