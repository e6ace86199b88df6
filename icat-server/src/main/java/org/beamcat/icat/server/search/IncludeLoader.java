package org.beamcat.icat.server.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.authz.CallerRules;
import org.beamcat.icat.server.entity.EntityBase;
import org.beamcat.icat.server.query.include.IncludeGraph;
import org.beamcat.icat.server.query.include.IncludeNode;
import org.beamcat.icat.server.query.translation.ParameterBindings;
import org.beamcat.icat.server.query.translation.ReadDecision;

/**
 * Loads an INCLUDE graph level by level without N+1: per edge, one query per chunk of at most
 * {@code maxIdsInQuery} parent ids,
 * {@code SELECT p.id, t FROM Dataset p JOIN p.datafiles t WHERE p.id IN :ids AND (<READ rules on t>)}, so the
 * number of statements depends on the graph's shape and the chunk size, not on how many objects there are.
 * Targets the caller may not READ are left out by the same rule conditions as searches (contract 3.4), unless
 * the edge is a PublicStep.
 */
final class IncludeLoader {

    private final EntityManager em;
    private final int maxIdsInQuery;
    private final SearchDeadline deadline;

    IncludeLoader(EntityManager em, int maxIdsInQuery, SearchDeadline deadline) {
        this.em = em;
        this.maxIdsInQuery = maxIdsInQuery;
        this.deadline = deadline;
    }

    LoadedGraph load(IncludeGraph graph, Collection<? extends EntityBase> roots, CallerRules rules,
            EntityBudget budget) throws IcatServerException {
        IdentityHashMap<IncludeNode, Map<Long, List<EntityBase>>> loaded = new IdentityHashMap<>();
        Set<Long> rootIds = new LinkedHashSet<>();
        for (EntityBase root : roots) {
            rootIds.add(root.getId());
        }
        for (IncludeNode node : graph.children()) {
            loadEdge(graph.rootEntity(), rootIds, node, rules, budget, loaded);
        }
        return new LoadedGraph(loaded);
    }

    private void loadEdge(String parentEntity, Set<Long> parentIds, IncludeNode node, CallerRules rules,
            EntityBudget budget, IdentityHashMap<IncludeNode, Map<Long, List<EntityBase>>> loaded)
            throws IcatServerException {
        Map<Long, List<EntityBase>> byParent = LoadedGraph.newEdge();
        loaded.put(node, byParent);
        Set<Long> targetIds = new LinkedHashSet<>();
        boolean checkRead = !rules.isPublicStep(parentEntity, node.field());
        for (List<Long> chunk : chunks(parentIds)) {
            ParameterBindings bindings = new ParameterBindings();
            String ids = bindings.bind(chunk);
            String readCondition = "";
            if (checkRead) {
                ReadDecision decision = rules.decide(node.entity(), "t", bindings);
                if (decision instanceof ReadDecision.DenyAll) {
                    break;
                }
                if (decision instanceof ReadDecision.Restrict restrict) {
                    readCondition = " AND (" + restrict.jpqlCondition() + ")";
                }
            }
            // Entity and field names come from the validated include graph, never from client text.
            TypedQuery<Object[]> query = em.createQuery("SELECT p.id, t FROM " + parentEntity + " p JOIN p."
                    + node.field() + " t WHERE p.id IN " + ids + readCondition + " ORDER BY t.id", Object[].class);
            QueryParameters.bind(query, bindings.values());
            deadline.applyTo(query);
            List<Object[]> rows = query.getResultList();
            budget.included(rows.size());
            for (Object[] row : rows) {
                EntityBase target = (EntityBase) row[1];
                byParent.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(target);
                targetIds.add(target.getId());
            }
        }
        for (IncludeNode child : node.children()) {
            loadEdge(node.entity(), targetIds, child, rules, budget, loaded);
        }
    }

    private List<List<Long>> chunks(Set<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        List<Long> chunk = new ArrayList<>(Math.min(ids.size(), maxIdsInQuery));
        for (Long id : ids) {
            chunk.add(id);
            if (chunk.size() == maxIdsInQuery) {
                chunks.add(chunk);
                chunk = new ArrayList<>(maxIdsInQuery);
            }
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        return chunks;
    }
}
