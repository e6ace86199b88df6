package org.beamcat.icat.server.search;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beamcat.icat.server.entity.EntityBase;
import org.beamcat.icat.server.query.include.IncludeGraph;
import org.beamcat.icat.server.query.include.IncludeNode;

/**
 * What INCLUDE loaded and the caller may READ: for every edge ({@link IncludeNode}) of the result's
 * {@link IncludeGraph}, the related objects of each parent.
 *
 * <p>Serialisers must take related objects from here, never from the entities' getters: getters may reach
 * objects the caller may not read (a to-one target left out by the rules) or trigger lazy loads. Nodes are
 * matched by identity, so pass the very {@code IncludeNode} instances of the result's graph.
 */
public final class LoadedGraph {

    private static final LoadedGraph EMPTY = new LoadedGraph(new IdentityHashMap<>());

    private final Map<IncludeNode, Map<Long, List<EntityBase>>> related;

    LoadedGraph(IdentityHashMap<IncludeNode, Map<Long, List<EntityBase>>> related) {
        this.related = related;
    }

    public static LoadedGraph empty() {
        return EMPTY;
    }

    /**
     * The readable objects {@code node}'s relationship leads to from {@code parent}: for a to-many node the
     * readable children (possibly none), for a to-one node zero or one object.
     */
    public List<EntityBase> related(EntityBase parent, IncludeNode node) {
        Map<Long, List<EntityBase>> byParent = related.get(node);
        if (byParent == null) {
            throw new IllegalArgumentException("node " + node.field() + " was not loaded with this graph");
        }
        return byParent.getOrDefault(parent.getId(), List.of());
    }

    /** For a to-one node: the readable target, or empty when there is none or the caller may not read it. */
    public Optional<EntityBase> relatedOne(EntityBase parent, IncludeNode node) {
        List<EntityBase> objects = related(parent, node);
        return objects.isEmpty() ? Optional.empty() : Optional.of(objects.get(0));
    }

    /** Number of (parent, related object) links loaded, over all nodes. */
    public int size() {
        int size = 0;
        for (Map<Long, List<EntityBase>> byParent : related.values()) {
            for (List<EntityBase> objects : byParent.values()) {
                size += objects.size();
            }
        }
        return size;
    }

    static Map<Long, List<EntityBase>> newEdge() {
        return new HashMap<>();
    }
}
