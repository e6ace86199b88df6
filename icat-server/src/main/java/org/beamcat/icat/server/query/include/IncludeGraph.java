package org.beamcat.icat.server.query.include;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything to load along with the result objects of type {@code rootEntity}. {@code INCLUDE 1} becomes one node
 * per to-one relationship of the root; explicit steps become the tree they describe (shared prefixes merged).
 */
public record IncludeGraph(String rootEntity, List<IncludeNode> children) {

    public IncludeGraph {
        children = List.copyOf(children);
    }

    public boolean isEmpty() {
        return children.isEmpty();
    }

    /** Every edge as a dotted path from the root, depth-first, e.g. {@code [datafiles, datafiles.parameters]}. */
    public List<String> paths() {
        List<String> paths = new ArrayList<>();
        collect("", children, paths);
        return paths;
    }

    private static void collect(String prefix, List<IncludeNode> nodes, List<String> paths) {
        for (IncludeNode node : nodes) {
            String path = prefix + node.field();
            paths.add(path);
            collect(path + ".", node.children(), paths);
        }
    }
}
