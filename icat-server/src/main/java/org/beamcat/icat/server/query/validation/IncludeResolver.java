package org.beamcat.icat.server.query.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.model.EntityInfo;
import org.beamcat.icat.server.model.FieldInfo;
import org.beamcat.icat.server.model.FieldKind;
import org.beamcat.icat.server.query.ast.IncludeClause;
import org.beamcat.icat.server.query.ast.Path;
import org.beamcat.icat.server.query.include.IncludeGraph;
import org.beamcat.icat.server.query.include.IncludeNode;

/** Turns an INCLUDE clause into an {@link IncludeGraph}, checking every step against the model (contract 3.4). */
final class IncludeResolver {

    private final PathResolver paths;

    IncludeResolver(PathResolver paths) {
        this.paths = paths;
    }

    /**
     * The variables of an INCLUDE clause form a scope of their own, as in ICAT 4.7: it starts with the selected
     * variable alone and grows with each step's {@code AS} name. The query's other FROM and JOIN variables are not
     * in it, so a step may neither start from them nor clash with them: python-icat's icatdump names its JOIN and
     * its INCLUDE variables s1, s2, ... independently, and {@code s4} may be a Facility in FROM and a Datafile in
     * INCLUDE. Within the clause a name is still declared once only, the selected variable's included.
     *
     * @param rootVariable the selected variable steps start from; null when the client named none
     * @param scope        the query's variables, consulted only to explain why a step may not start from one
     */
    IncludeGraph resolve(IncludeClause clause, String rootEntity, String rootVariable, Scope scope)
            throws IcatServerException {
        if (clause instanceof IncludeClause.AllToOne) {
            return allToOne(rootEntity);
        } else if (clause instanceof IncludeClause.Steps steps) {
            return steps(steps.steps(), rootEntity, rootVariable, scope);
        }
        return entityTypes(((IncludeClause.EntityTypes) clause).entities(), rootEntity);
    }

    /** {@code INCLUDE 1}: every to-one relationship of the root, one level, in field-name order. */
    private IncludeGraph allToOne(String rootEntity) throws IcatServerException {
        List<IncludeNode> nodes = new ArrayList<>();
        paths.entity(rootEntity).fields().stream()
                .filter(field -> field.kind() == FieldKind.TO_ONE)
                .sorted(Comparator.comparing(FieldInfo::name))
                .forEach(field -> nodes.add(new IncludeNode(field.name(), FieldKind.TO_ONE, field.targetEntity(),
                        List.of())));
        return new IncludeGraph(rootEntity, nodes);
    }

    private IncludeGraph steps(List<IncludeClause.Steps.Step> steps, String rootEntity, String rootVariable,
            Scope scope) throws IcatServerException {
        if (rootVariable == null) {
            throw Problems.bad("INCLUDE paths must start from the selected variable; select a variable "
                    + "(e.g. SELECT ds FROM Dataset ds ... INCLUDE ds.datafiles)");
        }
        Builder root = new Builder(null, null, rootEntity);
        Map<String, Builder> variables = new HashMap<>();
        variables.put(key(rootVariable), root);
        for (IncludeClause.Steps.Step step : steps) {
            Path path = step.path();
            Builder node = variables.get(key(path.variable()));
            if (node == null) {
                String fromQuery = scope.lookup(path.variable()).isPresent()
                        ? " (" + path.variable() + " is a variable of the query, which INCLUDE does not see)" : "";
                throw Problems.bad("INCLUDE " + path + " must start from " + rootVariable
                        + " or a variable declared by an earlier INCLUDE step" + fromQuery);
            }
            for (int i = 0; i < path.fields().size(); i++) {
                node = follow(node, path.fields().get(i), path, i == path.fields().size() - 1);
            }
            if (step.variable().isPresent()) {
                String variable = step.variable().get();
                if (variables.containsKey(key(variable))) {
                    throw Problems.bad("Variable " + variable + " is declared more than once");
                }
                variables.put(key(variable), node);
            }
        }
        return new IncludeGraph(rootEntity, root.build());
    }

    private Builder follow(Builder node, String name, Path path, boolean last) throws IcatServerException {
        EntityInfo owner = paths.entity(node.entity);
        FieldInfo field = owner.field(name).orElseThrow(() -> Problems.bad(name + " is not a field of "
                + owner.name() + " (in INCLUDE " + path + ")"));
        if (!field.isRelationship()) {
            throw Problems.bad("INCLUDE " + path + ": " + name + " is an attribute of " + owner.name()
                    + "; INCLUDE follows relationships only");
        }
        Builder child = node.children.get(name);
        if (child == null) {
            child = new Builder(name, field.kind(), field.targetEntity());
            node.children.put(name, child);
        } else if (last && child.explicit) {
            throw Problems.bad("INCLUDE clause contains redundant path to " + path);
        }
        if (last) {
            child.explicit = true;
        }
        return child;
    }

    /**
     * Old get form {@code Dataset INCLUDE Datafile, DatafileParameter}: each type must be reached from the root or
     * an already reached type through exactly one relationship; types are attached breadth-first.
     */
    private IncludeGraph entityTypes(List<String> types, String rootEntity) throws IcatServerException {
        Set<String> pending = new LinkedHashSet<>();
        for (String type : types) {
            paths.entity(type);
            if (type.equals(rootEntity) || !pending.add(type)) {
                throw Problems.bad("INCLUDE clause contains redundant entity " + type);
            }
        }
        Builder root = new Builder(null, null, rootEntity);
        Map<String, Builder> reached = new LinkedHashMap<>();
        reached.put(rootEntity, root);
        while (!pending.isEmpty()) {
            Map<String, Builder> snapshot = new LinkedHashMap<>(reached);
            boolean progress = false;
            for (String type : new ArrayList<>(pending)) {
                List<String> routes = new ArrayList<>();
                Builder parent = null;
                FieldInfo via = null;
                for (Builder candidate : snapshot.values()) {
                    for (FieldInfo field : paths.entity(candidate.entity).fields()) {
                        if (field.isRelationship() && type.equals(field.targetEntity())) {
                            routes.add(candidate.entity + "." + field.name());
                            parent = candidate;
                            via = field;
                        }
                    }
                }
                if (routes.size() > 1) {
                    throw Problems.bad("INCLUDE " + type + " is ambiguous: it can be reached by "
                            + String.join(" and ", routes) + "; use explicit paths instead");
                }
                if (routes.size() == 1) {
                    Builder child = new Builder(via.name(), via.kind(), type);
                    parent.children.put(via.name(), child);
                    reached.put(type, child);
                    pending.remove(type);
                    progress = true;
                }
            }
            if (!progress) {
                throw Problems.bad("INCLUDE " + String.join(", ", pending) + ": not related to " + rootEntity
                        + " or to the other included entities");
            }
        }
        return new IncludeGraph(rootEntity, root.build());
    }

    private static String key(String variable) {
        return variable.toLowerCase(Locale.ROOT);
    }

    /** Mutable while the clause is read; frozen into {@link IncludeNode} records at the end. */
    private static final class Builder {
        final String field;
        final FieldKind kind;
        final String entity;
        final Map<String, Builder> children = new LinkedHashMap<>();
        boolean explicit;

        Builder(String field, FieldKind kind, String entity) {
            this.field = field;
            this.kind = kind;
            this.entity = entity;
        }

        List<IncludeNode> build() {
            List<IncludeNode> nodes = new ArrayList<>();
            for (Builder child : children.values()) {
                nodes.add(new IncludeNode(child.field, child.kind, child.entity, child.build()));
            }
            return nodes;
        }
    }
}
