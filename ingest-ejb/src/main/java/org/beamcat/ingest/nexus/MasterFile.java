package org.beamcat.ingest.nexus;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.WritableDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The NeXus master file of one dataset, written into the dataset folder: NXroot, one NXentry with title,
 * experiment_identifier (proposal), folder_path, start/end time, NXsample (name) and NXinstrument (name),
 * the parameters at their NeXus paths below the entry where the vocabulary gives one (others in the
 * NXcollection {@code parameters}), and the dataset's files listed by name in {@code data_files}.
 *
 * <p>Every HDF5 file among them (native raw data, and the NeXus conversions of SPEC/EDF files) is also an
 * HDF5 <b>external link</b> in {@code data_files} to the root of that file, path relative to the master
 * file, so h5py, silx or h5dump open the raw data through the master file. jhdf cannot write links
 * (platform notes §4): {@link LinkingGroup} writes them.
 */
public final class MasterFile {

    /** The root's {@code creator} attribute: it tells a master file ingestion wrote from any other file. */
    public static final String CREATOR = "BeamCat ingestion";

    /** Name of the master file in the dataset folder. */
    public static String fileName(Path datasetFolder) {
        return NexusNames.safe(datasetFolder.getFileName().toString()) + "_master.h5";
    }

    /** A parameter: its value ({@link Double} or {@link String}), units (null for none), NeXus path or null. */
    public record Value(String name, Object value, String units, String nexusPath) {
    }

    public record Content(String title, String proposal, String beamline, String sampleName, String folderPath,
            OffsetDateTime start, OffsetDateTime end, List<Value> parameters, List<String> dataFiles) {
    }

    private MasterFile() {
    }

    /** Whether the file is a regular HDF5 file (not a link) whose root says ingestion wrote it. */
    public static boolean writtenByIngestion(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !Hdf5Signature.matches(file)) {
            return false;
        }
        try (HdfFile hdf = new HdfFile(file)) {
            Attribute creator = hdf.getAttribute("creator");
            return creator != null && CREATOR.equals(creator.getData());
        } catch (RuntimeException e) {
            return false; // unreadable: not a master file ingestion wrote completely
        }
    }

    public static void write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        AtomicHdfFile.writeWithLinks(target, file -> fill(file, target.getFileName().toString(), content, folder));
    }

    private static void fill(LinkingGroup root, String fileName, Content content, Path folder) {
        NexusGroups.describeRoot(root, fileName, CREATOR, OffsetDateTime.now());
        root.putAttribute(NexusGroups.DEFAULT, "entry");
        Node entry = new Node("NXentry");
        entry.field("title", content.title(), null);
        entry.field("experiment_identifier", content.proposal(), null);
        entry.field("folder_path", content.folderPath(), null);
        entry.field("start_time", NexusGroups.isoTime(content.start()), null);
        entry.field("end_time", NexusGroups.isoTime(content.end()), null);
        entry.group("sample", "NXsample").field("name", content.sampleName(), null);
        entry.group("instrument", "NXinstrument").field("name", content.beamline(), null);
        Node others = null;
        NexusNames otherNames = new NexusNames();
        for (Value parameter : content.parameters()) {
            if (parameter.nexusPath() == null || !entry.place(parameter.nexusPath().split("/"), parameter)) {
                if (others == null) {
                    others = entry.group("parameters", "NXcollection");
                }
                others.field(otherNames.unique(parameter.name()), parameter.value(), parameter.units());
            }
        }
        Node files = entry.group("data_files", "NXcollection");
        files.field("count", (long) content.dataFiles().size(), null);
        if (!content.dataFiles().isEmpty()) {
            files.field("file_names", content.dataFiles().toArray(String[]::new), null);
        }
        NexusNames linkNames = new NexusNames();
        linkNames.reserve("count");
        linkNames.reserve("file_names");
        for (String name : content.dataFiles()) {
            if (Hdf5Signature.matches(folder.resolve(name))) {
                files.links.put(linkNames.unique(name), new LinkingGroup.ExternalLink(name, "/"));
            }
        }
        entry.write((LinkingGroup) NexusGroups.group(root, "entry", "NXentry"));
    }

    /** The tree in memory first, so that parameters can add fields to groups created earlier or later. */
    private static final class Node {
        final String nxClass;
        final Map<String, Object> children = new LinkedHashMap<>();
        final Map<String, String> units = new LinkedHashMap<>();
        final Map<String, LinkingGroup.ExternalLink> links = new LinkedHashMap<>();

        Node(String nxClass) {
            this.nxClass = nxClass;
        }

        Node group(String name, String groupClass) {
            Object existing = children.get(name);
            if (existing instanceof Node node) {
                return node;
            }
            Node node = new Node(groupClass);
            children.put(name, node);
            return node;
        }

        void field(String name, Object value, String unit) {
            children.put(name, value);
            if (unit != null && !unit.isBlank() && !unit.equals("NA")) {
                units.put(name, unit);
            }
        }

        /** Puts the value at the path; false when the path clashes with what is there. */
        boolean place(String[] path, Value value) {
            Node node = this;
            for (int i = 0; i < path.length - 1; i++) {
                Object child = node.children.get(path[i]);
                if (child != null && !(child instanceof Node)) {
                    return false;
                }
                node = node.group(path[i], classFor(path[i]));
            }
            String leaf = path[path.length - 1];
            Object existing = node.children.get(leaf);
            if (existing instanceof Node) {
                return false;
            }
            if (existing != null) {
                return existing.equals(value.value()); // e.g. sample/name given twice with the same value
            }
            node.field(leaf, value.value(), value.units());
            return true;
        }

        void write(LinkingGroup group) {
            links.forEach(group::putExternalLink);
            for (Map.Entry<String, Object> child : children.entrySet()) {
                if (child.getValue() instanceof Node node) {
                    node.write((LinkingGroup) NexusGroups.group(group, child.getKey(), node.nxClass));
                } else {
                    WritableDataset dataset = group.putDataset(child.getKey(), child.getValue());
                    String unit = units.get(child.getKey());
                    if (unit != null) {
                        dataset.putAttribute("units", unit);
                    }
                }
            }
        }

        private static String classFor(String name) {
            String lower = name.toLowerCase();
            if (lower.equals("sample")) {
                return "NXsample";
            } else if (lower.equals("instrument")) {
                return "NXinstrument";
            } else if (lower.equals("monochromator")) {
                return "NXmonochromator";
            } else if (lower.equals("source")) {
                return "NXsource";
            } else if (lower.startsWith("detector")) {
                return "NXdetector";
            } else if (lower.equals("notes")) {
                return "NXnote";
            }
            return "NXcollection";
        }
    }
}
