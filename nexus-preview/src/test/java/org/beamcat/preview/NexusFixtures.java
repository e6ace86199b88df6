package org.beamcat.preview;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableDataset;
import io.jhdf.api.WritableGroup;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.beamcat.ingest.nexus.MasterFile;

/**
 * Real HDF5 files for the tests: data files written with jhdf's writer, master files with ingestion's own
 * writer (MasterFile), which links every HDF5 file of the folder by an HDF5 external link.
 */
final class NexusFixtures {

    private NexusFixtures() {
    }

    /** A scan: NXroot → NXentry → NXdata with signal "counts" over axis "energy" (keV). */
    static void scan(Path file, int points) {
        double[] energy = new double[points];
        double[] counts = new double[points];
        for (int i = 0; i < points; i++) {
            energy[i] = 8 + i * 0.01;
            counts[i] = 100 + 80 * Math.sin(i / 10.0);
        }
        try (WritableHdfFile hdf = HdfFile.write(file)) {
            WritableGroup data = nxdata(hdf, "counts", "energy");
            data.putDataset("counts", counts).putAttribute("units", "counts");
            WritableDataset axis = data.putDataset("energy", energy);
            axis.putAttribute("units", "keV");
            axis.putAttribute("long_name", "Energy");
        }
    }

    /** A 2-D image "frame" of rows × columns, a gradient. */
    static void image(Path file, int rows, int columns) {
        int[][] frame = new int[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                frame[r][c] = r * columns + c;
            }
        }
        try (WritableHdfFile hdf = HdfFile.write(file)) {
            nxdata(hdf, "frame", null).putDataset("frame", frame);
        }
    }

    /** A stack of frames; every pixel of frame f is f. */
    static void stack(Path file, int frames, int rows, int columns) {
        float[][][] stack = new float[frames][rows][columns];
        for (int f = 0; f < frames; f++) {
            for (float[] row : stack[f]) {
                java.util.Arrays.fill(row, f);
            }
        }
        try (WritableHdfFile hdf = HdfFile.write(file)) {
            nxdata(hdf, "data", null).putDataset("data", stack);
        }
    }

    /** An NXdata whose signal is text. */
    static void textSignal(Path file) {
        try (WritableHdfFile hdf = HdfFile.write(file)) {
            nxdata(hdf, "names", null).putDataset("names", new String[] {"a", "b"});
        }
    }

    /** The master file ingestion writes for the folder (it links the folder's HDF5 files). */
    static Path master(Path folder, String... dataFiles) throws IOException {
        Path master = folder.resolve(MasterFile.fileName(folder));
        MasterFile.write(master, new MasterFile.Content("a scan", "MX-1234", "ID11", "lysozyme", folder.toString(),
                OffsetDateTime.now().minusHours(1), OffsetDateTime.now(), List.of(), List.of(dataFiles)));
        return master;
    }

    private static WritableGroup nxdata(WritableHdfFile hdf, String signal, String axis) {
        hdf.putAttribute("NX_class", "NXroot");
        hdf.putAttribute("default", "entry");
        WritableGroup entry = hdf.putGroup("entry");
        entry.putAttribute("NX_class", "NXentry");
        entry.putAttribute("default", "data");
        WritableGroup data = entry.putGroup("data");
        data.putAttribute("NX_class", "NXdata");
        data.putAttribute("signal", signal);
        if (axis != null) {
            data.putAttribute("axes", new String[] {axis});
        }
        return data;
    }
}
