package org.beamcat.preview.fake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.beamcat.preview.PreviewRefusedException;
import org.beamcat.preview.RefusalReason;
import org.beamcat.preview.port.HdfDocument;
import org.beamcat.preview.port.HdfEntry;
import org.beamcat.preview.port.HdfReader;

/**
 * An in-memory HDF5 tree for the use cases: groups, datasets whose values a function computes from the
 * flat index (so a billion-value signal costs nothing), and a record of every read and the bytes it asked.
 */
public final class FakeHdf implements HdfReader, HdfDocument {

    private final Map<String, HdfEntry> entries = new HashMap<>();
    private final Map<String, ToDoubleFunction<long[]>> values = new HashMap<>();
    public final List<long[]> readOffsets = new ArrayList<>();
    public long bytesRead;
    public int opens;

    public FakeHdf group(String path, String nxClass, Map<String, List<String>> attributes, String... children) {
        Map<String, List<String>> all = new LinkedHashMap<>(attributes);
        if (nxClass != null) {
            all.put("NX_class", List.of(nxClass));
        }
        entries.put(path, new HdfEntry.Group(path, null, all, List.of(children)));
        return this;
    }

    public FakeHdf dataset(String path, long[] shape, int elementBytes, ToDoubleFunction<long[]> value,
            Map<String, List<String>> attributes) {
        entries.put(path, new HdfEntry.Dataset(path, null, attributes, shape, "float" + elementBytes * 8, true,
                elementBytes, null));
        values.put(path, value);
        return this;
    }

    public FakeHdf text(String path, String value) {
        entries.put(path, new HdfEntry.Dataset(path, null, Map.of(), new long[0], "string", false, 8, value));
        return this;
    }

    public FakeHdf broken(String path, String link) {
        entries.put(path, new HdfEntry.Broken(path, link, "the file is missing", false));
        return this;
    }

    @Override
    public HdfDocument open(Path masterFile) {
        opens++;
        return this;
    }

    @Override
    public HdfEntry entry(String path) {
        return entries.getOrDefault(path, new HdfEntry.Absent(path));
    }

    @Override
    public double[] read(String datasetPath, long[] offset, int[] shape) {
        HdfEntry entry = entries.get(datasetPath);
        if (!(entry instanceof HdfEntry.Dataset dataset) || !dataset.numeric()) {
            throw new PreviewRefusedException(RefusalReason.NON_NUMERIC, datasetPath);
        }
        long[] full = dataset.shape();
        int count = 1;
        for (int i = 0; i < shape.length; i++) {
            if (offset[i] < 0 || offset[i] + shape[i] > full[i]) {
                throw new IllegalArgumentException("slice outside the dataset");
            }
            count *= shape[i];
        }
        readOffsets.add(offset.clone());
        bytesRead += (long) count * dataset.elementBytes();
        double[] out = new double[count];
        long[] index = offset.clone();
        for (int n = 0; n < count; n++) {
            out[n] = values.get(datasetPath).applyAsDouble(index);
            for (int d = shape.length - 1; d >= 0; d--) { // row-major odometer
                if (++index[d] < offset[d] + shape[d]) {
                    break;
                }
                index[d] = offset[d];
            }
        }
        return out;
    }

    @Override
    public void close() {
    }
}
