package org.beamcat.ingest.convert.edf;

import io.jhdf.api.WritableDataset;
import io.jhdf.api.WritableGroup;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.beamcat.ingest.nexus.NexusNames;

/**
 * Keeps every EDF header key in an NXcollection, one string dataset per key: a scalar when all frames
 * agree, otherwise one value per frame ("" where a frame lacks the key). The original key is kept in
 * an {@code edf_key} attribute when it had to be renamed to be a safe HDF5 name.
 */
final class EdfHeaderWriter {

    private EdfHeaderWriter() {
    }

    static void write(WritableGroup collection, List<EdfFrameHeader> frames) {
        Set<String> keys = new LinkedHashSet<>();
        frames.forEach(frame -> keys.addAll(frame.keys().keySet()));
        NexusNames names = new NexusNames();
        for (String key : keys) {
            String[] values = frames.stream().map(frame -> frame.keys().getOrDefault(key, "")).toArray(String[]::new);
            boolean same = List.of(values).stream().distinct().count() == 1;
            String name = names.unique(key);
            WritableDataset dataset = same ? collection.putDataset(name, values[0]) : collection.putDataset(name, values);
            if (!name.equals(key)) {
                dataset.putAttribute("edf_key", key);
            }
        }
    }
}
