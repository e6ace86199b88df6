package org.beamcat.preview;

import java.util.List;

/**
 * One node of a master file's tree as shown: a group (with its NeXus class), a dataset (shape, type and,
 * when small, its value) or a link that cannot be followed.
 *
 * @param link             where the link leading here points ({@code file.h5:/path} or {@code /path}), null for a hard link
 * @param shape            a dataset's dimensions (empty for a scalar), empty for groups
 * @param value            a small dataset's value as text, else null
 * @param omittedChildren  children not shown because of the per-group or total node bound ("+K more")
 * @param problem          why a link could not be followed, else null
 */
public record TreeNode(String name, String path, Kind kind, String nxClass, String link, List<Attribute> attributes,
        List<Long> shape, String type, String value, List<TreeNode> children, int omittedChildren, String problem) {

    public enum Kind { GROUP, DATASET, BROKEN_LINK }

    /** An attribute with its value as text, cut to the configured length (then {@code truncated}). */
    public record Attribute(String name, String value, boolean truncated) {
    }

    public TreeNode {
        attributes = List.copyOf(attributes);
        shape = List.copyOf(shape);
        children = List.copyOf(children);
    }
}
