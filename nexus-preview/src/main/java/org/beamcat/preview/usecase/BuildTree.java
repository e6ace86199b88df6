package org.beamcat.preview.usecase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.beamcat.preview.NexusTree;
import org.beamcat.preview.PreviewSettings;
import org.beamcat.preview.TreeNode;
import org.beamcat.preview.port.HdfDocument;
import org.beamcat.preview.port.HdfEntry;

/**
 * The tree of a master file, following its links into the data files, within three bounds: nodes in all,
 * children per group and depth. What a bound leaves out is counted ("+K more"), never silently dropped.
 */
public final class BuildTree {

    private final PreviewSettings settings;

    public BuildTree(PreviewSettings settings) {
        this.settings = settings;
    }

    public NexusTree build(HdfDocument document, Deadline deadline) {
        Walk walk = new Walk(document, deadline);
        TreeNode root = walk.node("/", 0);
        return new NexusTree(root, walk.shown, walk.complete);
    }

    private final class Walk {
        final HdfDocument document;
        final Deadline deadline;
        int shown;
        boolean complete = true;

        Walk(HdfDocument document, Deadline deadline) {
            this.document = document;
            this.deadline = deadline;
        }

        TreeNode node(String path, int depth) {
            deadline.check();
            shown++;
            HdfEntry entry = document.entry(path);
            String name = HdfPaths.name(path);
            List<TreeNode.Attribute> attributes = attributes(entry.attributes());
            if (entry instanceof HdfEntry.Group group) {
                List<TreeNode> children = new ArrayList<>();
                int omitted = 0;
                for (String child : group.children()) {
                    if (depth < settings.maxDepth() && children.size() < settings.maxChildren()
                            && shown < settings.maxTreeNodes()) {
                        children.add(node(HdfPaths.child(path, child), depth + 1));
                    } else {
                        omitted++;
                    }
                }
                complete &= omitted == 0;
                return new TreeNode(name, path, TreeNode.Kind.GROUP, group.nxClass(), group.link(), attributes,
                        List.of(), null, null, children, omitted, null);
            }
            if (entry instanceof HdfEntry.Dataset dataset) {
                return new TreeNode(name, path, TreeNode.Kind.DATASET, null, dataset.link(), attributes,
                        boxed(dataset.shape()), dataset.type(), cut(dataset.smallValue()), List.of(), 0, null);
            }
            String problem = entry instanceof HdfEntry.Broken broken ? broken.problem() : "nothing at this path";
            return new TreeNode(name, path, TreeNode.Kind.BROKEN_LINK, null, entry.link(), List.of(), List.of(),
                    null, null, List.of(), 0, problem);
        }
    }

    /** NX_class first, then by name: the order a reader scans for. */
    private List<TreeNode.Attribute> attributes(Map<String, List<String>> raw) {
        List<TreeNode.Attribute> attributes = new ArrayList<>();
        raw.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<String>> e) -> !e.getKey().equals("NX_class"))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    String text = String.join(", ", e.getValue());
                    boolean truncated = text.length() > settings.maxAttributeChars();
                    attributes.add(new TreeNode.Attribute(e.getKey(),
                            truncated ? text.substring(0, settings.maxAttributeChars()) + "…" : text, truncated));
                });
        return attributes;
    }

    private String cut(String value) {
        if (value == null || value.length() <= settings.maxAttributeChars()) {
            return value;
        }
        return value.substring(0, settings.maxAttributeChars()) + "…";
    }

    private static List<Long> boxed(long[] shape) {
        List<Long> list = new ArrayList<>(shape.length);
        for (long dimension : shape) {
            list.add(dimension);
        }
        return list;
    }
}
