package org.beamcat.preview.jhdf;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.links.ExternalLink;
import io.jhdf.links.SoftLink;
import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beamcat.preview.PreviewRefusedException;
import org.beamcat.preview.RefusalReason;
import org.beamcat.preview.port.HdfDocument;
import org.beamcat.preview.port.HdfEntry;

/** A master file open with jhdf, and the data files its links lead to (opened once, closed together). */
final class JhdfDocument implements HdfDocument {

    private static final int MAX_LINK_HOPS = 8;
    private static final int MAX_ATTRIBUTE_VALUES = 64;
    private static final int MAX_SMALL_VALUES = 16;

    private final HdfFile master;
    private final Path folder;
    private final Map<Path, HdfFile> opened = new LinkedHashMap<>();

    JhdfDocument(HdfFile master, Path folder) {
        this.master = master;
        this.folder = folder;
    }

    /** Where a path led: the node, the last link's description, or why it stopped. */
    private record Found(Node node, String link, String problem, boolean outside) {
    }

    @Override
    public HdfEntry entry(String path) {
        Found found = walk(master, path, 0);
        if (found.problem != null) {
            return found.node == null && found.link == null ? new HdfEntry.Absent(path)
                    : new HdfEntry.Broken(path, found.link, found.problem, found.outside);
        }
        try {
            return describe(path, found);
        } catch (RuntimeException e) {
            if (found.node.getHdfFile() == master) {
                throw e; // the master file itself is corrupt: the facade refuses it as NOT_HDF5
            }
            return new HdfEntry.Broken(path, found.link, "the data file cannot be read (corrupt?)", false);
        }
    }

    @Override
    public double[] read(String datasetPath, long[] offset, int[] shape) {
        Found found = walk(master, datasetPath, 0);
        if (found.problem != null) {
            throw new PreviewRefusedException(found.outside ? RefusalReason.LINK_OUTSIDE_DATASET
                    : RefusalReason.BROKEN_LINK, datasetPath + ": " + found.problem);
        }
        if (!(found.node instanceof Dataset dataset) || !numeric(dataset)) {
            throw new PreviewRefusedException(RefusalReason.NON_NUMERIC, datasetPath + " is not numeric data");
        }
        Object data;
        try {
            data = dataset.getData(offset, shape);
        } catch (RuntimeException e) {
            throw new PreviewRefusedException(RefusalReason.NOT_HDF5, datasetPath + " cannot be read (corrupt data?)");
        }
        int count = 1;
        for (int dimension : shape) {
            count *= dimension;
        }
        double[] values = new double[count];
        flatten(data, values, 0);
        return values;
    }

    @Override
    public void close() {
        opened.values().forEach(HdfFile::close);
        master.close();
    }

    private Found walk(HdfFile file, String path, int hops) {
        if (hops > MAX_LINK_HOPS) {
            return new Found(null, path, "more than " + MAX_LINK_HOPS + " links in a row (a loop?)", false);
        }
        Node node = file;
        String link = null;
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (!(node instanceof Group group)) {
                return new Found(null, null, "not a group", false);
            }
            Node child = group.getChild(segment);
            if (child == null) {
                return new Found(null, null, "missing", false);
            }
            link = null;
            if (child instanceof SoftLink soft) {
                link = soft.getTargetPath();
                Found target = walk(file, soft.getTargetPath(), hops + 1);
                if (target.problem != null) {
                    return new Found(child, link, target.problem, target.outside);
                }
                child = target.node;
            } else if (child instanceof ExternalLink external) {
                link = external.getTargetPath();
                Found target = followExternal(file, link, hops);
                if (target.problem != null) {
                    return new Found(child, link, target.problem, target.outside);
                }
                child = target.node;
            }
            node = child;
        }
        return new Found(node, link, null, false);
    }

    /** {@code target} is jhdf's "file:object path". */
    private Found followExternal(HdfFile from, String target, int hops) {
        int split = target.indexOf(":/");
        if (split < 0) {
            split = target.lastIndexOf(':');
        }
        if (split <= 0) {
            return new Found(null, target, "not an external link target", false);
        }
        String fileName = target.substring(0, split);
        String objectPath = target.substring(split + 1);
        Path file = from.getFileAsPath().getParent().resolve(fileName).normalize();
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            return new Found(null, target, "the file " + fileName + " is missing", false);
        }
        if (!real.startsWith(folder)) {
            return new Found(null, target, "the file " + fileName + " is outside the dataset folder", true);
        }
        if (!Files.isRegularFile(real)) {
            return new Found(null, target, fileName + " is not a file", false);
        }
        HdfFile hdf = opened.get(real);
        if (hdf == null) {
            try {
                hdf = JhdfReader.openChecked(real, fileName);
            } catch (PreviewRefusedException e) {
                return new Found(null, target, fileName + " is not a readable HDF5 file", false);
            }
            opened.put(real, hdf);
        }
        try {
            return walk(hdf, objectPath, hops + 1);
        } catch (RuntimeException e) {
            return new Found(null, target, fileName + " cannot be read (corrupt?)", false);
        }
    }

    private HdfEntry describe(String path, Found found) {
        Map<String, List<String>> attributes = attributes(found.node);
        if (found.node instanceof Group group) {
            return new HdfEntry.Group(path, found.link, attributes, new ArrayList<>(group.getChildren().keySet()));
        }
        if (found.node instanceof Dataset dataset) {
            boolean numeric = numeric(dataset);
            long[] shape = dataset.isScalar() ? new long[0] : dataset.getDimensionsAsLong();
            String small = null;
            if (dataset.getSize() <= MAX_SMALL_VALUES && !dataset.isCompound()) {
                try {
                    small = text(dataset.getData(), MAX_SMALL_VALUES);
                } catch (RuntimeException e) {
                    small = null; // an unusual type: shown without its value
                }
            }
            return new HdfEntry.Dataset(path, found.link, attributes, shape, typeName(dataset), numeric,
                    dataset.getDataType().getSize(), small);
        }
        return new HdfEntry.Broken(path, found.link, "not a group or dataset", false);
    }

    private static Map<String, List<String>> attributes(Node node) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, Attribute> entry : node.getAttributes().entrySet()) {
            Attribute attribute = entry.getValue();
            List<String> values = new ArrayList<>();
            try {
                if (attribute.getSize() > 4096) {
                    values.add("(" + attribute.getSize() + " values)");
                } else {
                    Object data = attribute.getData();
                    collect(data, values);
                }
            } catch (RuntimeException e) {
                values.add("(unreadable)");
            }
            attributes.put(entry.getKey(), values);
        }
        return attributes;
    }

    private static void collect(Object data, List<String> into) {
        if (data != null && data.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(data); i++) {
                if (into.size() >= MAX_ATTRIBUTE_VALUES) {
                    into.add("…");
                    return;
                }
                collect(Array.get(data, i), into);
            }
        } else {
            into.add(String.valueOf(data));
        }
    }

    private static String text(Object data, int max) {
        List<String> values = new ArrayList<>();
        collect(data, values);
        if (data != null && data.getClass().isArray()) {
            return "[" + String.join(", ", values.subList(0, Math.min(values.size(), max))) + "]";
        }
        return values.isEmpty() ? "" : values.get(0);
    }

    private static boolean numeric(Dataset dataset) {
        if (dataset.isCompound() || dataset.isVariableLength()) {
            return false;
        }
        Class<?> type = primitive(dataset.getJavaType());
        return type == byte.class || type == short.class || type == int.class || type == long.class
                || type == float.class || type == double.class || type == java.math.BigInteger.class;
    }

    private static String typeName(Dataset dataset) {
        Class<?> type = primitive(dataset.getJavaType());
        int size = dataset.getDataType().getSize();
        if (type == float.class || type == double.class) {
            return "float" + size * 8;
        }
        if (type == String.class) {
            return "string";
        }
        if (type.isPrimitive() || type == java.math.BigInteger.class) {
            return "int" + size * 8;
        }
        return type.getSimpleName();
    }

    /** Scalars come as wrapper classes. */
    private static Class<?> primitive(Class<?> type) {
        return type == Byte.class ? byte.class : type == Short.class ? short.class : type == Integer.class ? int.class
                : type == Long.class ? long.class : type == Float.class ? float.class
                : type == Double.class ? double.class : type;
    }

    private static int flatten(Object data, double[] into, int at) {
        if (data instanceof double[] values) {
            System.arraycopy(values, 0, into, at, values.length);
            return at + values.length;
        }
        if (data instanceof Object[] rows) {
            for (Object row : rows) {
                at = flatten(row, into, at);
            }
            return at;
        }
        if (data != null && data.getClass().isArray()) {
            int length = Array.getLength(data);
            for (int i = 0; i < length; i++) {
                Object value = Array.get(data, i);
                into[at++] = value instanceof Number number ? number.doubleValue() : Double.NaN;
            }
            return at;
        }
        into[at] = data instanceof Number number ? number.doubleValue() : Double.NaN;
        return at + 1;
    }
}
