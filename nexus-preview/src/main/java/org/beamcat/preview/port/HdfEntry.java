package org.beamcat.preview.port;

import java.util.List;
import java.util.Map;

/** What the reader found at a path. Attribute values come as text, at most a few hundred items each. */
public sealed interface HdfEntry {

    String path();

    /** Where the link leading here points, or null when no link was followed at the last segment. */
    String link();

    Map<String, List<String>> attributes();

    default String attribute(String name) {
        List<String> values = attributes().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    default String nxClass() {
        return attribute("NX_class");
    }

    record Group(String path, String link, Map<String, List<String>> attributes, List<String> children)
            implements HdfEntry {
        public Group {
            attributes = Map.copyOf(attributes);
            children = List.copyOf(children);
        }
    }

    /**
     * @param shape         dimensions, empty for a scalar
     * @param type          a short type name (float64, int32, string, ...)
     * @param numeric       whether {@link HdfDocument#read} can read it
     * @param elementBytes  bytes per value
     * @param smallValue    the value as text when the dataset is small, else null
     */
    record Dataset(String path, String link, Map<String, List<String>> attributes, long[] shape, String type,
            boolean numeric, int elementBytes, String smallValue) implements HdfEntry {
        public Dataset {
            attributes = Map.copyOf(attributes);
            shape = shape.clone();
        }

        @Override
        public long[] shape() {
            return shape.clone();
        }

        public int rank() {
            return shape.length;
        }

        public long size() {
            long size = 1;
            for (long dimension : shape) {
                size *= dimension;
            }
            return size;
        }
    }

    /** A link that cannot be followed: target missing, unreadable, outside the dataset folder, or a loop. */
    record Broken(String path, String link, String problem, boolean outsideDataset) implements HdfEntry {
        @Override
        public Map<String, List<String>> attributes() {
            return Map.of();
        }
    }

    /** Nothing at this path. */
    record Absent(String path) implements HdfEntry {
        @Override
        public String link() {
            return null;
        }

        @Override
        public Map<String, List<String>> attributes() {
            return Map.of();
        }
    }
}
