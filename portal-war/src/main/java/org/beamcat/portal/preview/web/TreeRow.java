package org.beamcat.portal.preview.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.beamcat.preview.TreeNode;

/**
 * One line of the master file's tree as the page lists it: the tree flattened depth-first with each node's depth,
 * so the page needs no recursive include.
 *
 * @param depth   0 for the root
 * @param kind    {@code group}, {@code dataset} or {@code broken}
 * @param detail  a dataset's type and shape, or why a link could not be followed
 */
public record TreeRow(int depth, String name, String path, String kind, String nxClass, String link, String detail,
        String value, List<TreeNode.Attribute> attributes, int omittedChildren) {

    public TreeRow {
        attributes = List.copyOf(attributes);
    }

    /** The tree's rows, depth-first, the root first. */
    static List<TreeRow> of(TreeNode root) {
        List<TreeRow> rows = new ArrayList<>();
        add(root, 0, rows);
        return rows;
    }

    private static void add(TreeNode node, int depth, List<TreeRow> rows) {
        List<TreeNode.Attribute> attributes = node.attributes().stream()
                .filter(a -> !"NX_class".equals(a.name())).toList();
        rows.add(new TreeRow(depth, node.name().isEmpty() ? "/" : node.name(), node.path(), kind(node),
                node.nxClass(), node.link(), detail(node), node.value(), attributes, node.omittedChildren()));
        for (TreeNode child : node.children()) {
            add(child, depth + 1, rows);
        }
    }

    private static String kind(TreeNode node) {
        return switch (node.kind()) {
            case GROUP -> "group";
            case DATASET -> "dataset";
            case BROKEN_LINK -> "broken";
        };
    }

    private static String detail(TreeNode node) {
        return switch (node.kind()) {
            case GROUP -> null;
            case DATASET -> (node.type() == null ? "" : node.type() + " ")
                    + (node.shape().isEmpty() ? "scalar" : node.shape().stream().map(String::valueOf)
                            .collect(Collectors.joining(" × ", "[", "]")));
            case BROKEN_LINK -> node.problem();
        };
    }

    /** Indentation of the name, for the page. */
    public String getIndent() {
        return "padding-left: " + (0.3 + depth * 1.2) + "em";
    }

    /** The attributes as {@code name = value} lines, a cut value marked. */
    public List<String> getAttributeLines() {
        return attributes.stream().map(a -> a.name() + " = " + a.value() + (a.truncated() ? " …" : "")).toList();
    }
}
