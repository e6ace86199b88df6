package org.beamcat.icat.server.query.translation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.beamcat.icat.server.model.FieldInfo;
import org.beamcat.icat.server.model.FieldKind;
import org.beamcat.icat.server.query.ast.FromItem;
import org.beamcat.icat.server.query.ast.Join;
import org.beamcat.icat.server.query.ast.JoinType;
import org.beamcat.icat.server.query.validation.ResolvedPath;
import org.beamcat.icat.server.query.validation.ValidatedQuery;

/**
 * Writes one FROM clause. Each entity range starts a segment; joins, path declarations ({@code ds.investigation
 * inv}, {@code IN(ds.parameters) p}) and the joins needed for collection paths in SELECT are appended to the
 * segment that declares their root variable, so every join follows the variable it starts from.
 */
final class FromClauseWriter {

    private final ValidatedQuery query;
    private final VariableNames names;
    private final List<StringBuilder> segments = new ArrayList<>();
    private final Map<String, Integer> segmentOfVariable = new HashMap<>();
    private final Map<String, String> collectionJoins = new HashMap<>();
    /** The entity ranges after the first segment, whose rows are restricted through their id. */
    private final java.util.Set<String> laterRanges = new java.util.HashSet<>();
    /** The variable that opens the first segment. */
    private String firstVariable;
    private final List<String> correlations = new ArrayList<>();
    private final String boundVariable;
    private final String outerVariable;
    /** Where the READ conditions of this level go; null when nothing is restricted here (rules, ICAT scope). */
    private final ReadScope scope;
    private boolean correlatable = true;

    /** An unrestricted FROM clause (a rule's, or a query under {@link RuleScope#SELECTED_ENTITY}). */
    FromClauseWriter(ValidatedQuery query, VariableNames names, List<FromItem> from) {
        this(query, names, from, null, null, null);
    }

    /**
     * A FROM clause whose variables, joins and followed paths are restricted in {@code scope}
     * ({@link RuleScope#EVERY_ENTITY}); {@code scope} null restricts nothing.
     */
    FromClauseWriter(ValidatedQuery query, VariableNames names, List<FromItem> from, ReadScope scope) {
        this(query, names, from, null, null, scope);
    }

    /**
     * A FROM clause in which the entity range of {@code boundVariable} is not declared: that variable stands for
     * the row {@code outerVariable} of the enclosing query. A to-one join from it ({@code x.dataset ds}) becomes a
     * range of its own correlated through the row's foreign key ({@code Dataset r1 ... WHERE r1.id =
     * v1.dataset.id}, see {@link #correlations()}). Derived paths ({@code FROM v1.dataset r1}) would be shorter,
     * but EclipseLink gives two sub-selects with the same derived path one table alias, declared in only one of
     * them. Anything else reaching through the bound variable makes the clause not {@link #correlatable()}.
     */
    FromClauseWriter(ValidatedQuery query, VariableNames names, List<FromItem> from, String boundVariable,
            String outerVariable) {
        this(query, names, from, boundVariable, outerVariable, null);
    }

    private FromClauseWriter(ValidatedQuery query, VariableNames names, List<FromItem> from, String boundVariable,
            String outerVariable, ReadScope scope) {
        this.query = query;
        this.names = names;
        this.boundVariable = boundVariable;
        this.outerVariable = outerVariable;
        this.scope = scope;
        for (FromItem item : from) {
            int segment;
            if (item instanceof FromItem.EntityRange range && isBound(range.variable())) {
                names.bind(range.variable(), outerVariable);
                segment = -1;
            } else if (item instanceof FromItem.EntityRange range) {
                segment = segments.size();
                String name = names.declare(range.variable());
                // Validated to be exactly an entity name of the model (names are case-sensitive); JPA entity
                // names are the ICAT names.
                addSegment(range.entity(), name);
                segmentOfVariable.put(name, segment);
                if (segment > 0) {
                    laterRanges.add(name);
                }
                if (scope != null && segment == 0) {
                    scope.require(range.entity(), name);
                } else if (scope != null) {
                    scope.requireById(range.entity(), name);
                }
            } else {
                FromItem.PathRange range = (FromItem.PathRange) item;
                if (isBound(range.path().variable())) {
                    correlatable = false;
                }
                segment = declareJoin(JoinType.INNER, query.resolution(range.path()), range.variable());
            }
            for (Join join : item.joins()) {
                declareJoin(join.type(), query.resolution(join.path()), join.variable());
            }
        }
    }

    private int declareJoin(JoinType type, ResolvedPath path, String clientVariable) {
        if (isBound(path.variable().name())) {
            return declareCorrelatedRange(type, path, clientVariable);
        }
        String pathText = plainPathText(path);
        Integer rootSegment = segmentOfVariable.get(names.of(path.variable().name()));
        String name = names.declare(clientVariable);
        List<String> readable = readConditions(path, name, type == JoinType.LEFT);
        int segment;
        if (rootSegment == null) {
            // A sub-select starting from the enclosing query's variable: a derived path declaration of its own.
            segment = segments.size();
            addSegment(pathText, name);
        } else {
            segment = rootSegment;
            segments.get(segment).append(type == JoinType.LEFT ? " LEFT OUTER JOIN " : " JOIN ").append(pathText)
                    .append(' ').append(name);
        }
        if (!readable.isEmpty()) {
            // The joined row must be readable to be joined at all: otherwise the row stays, as if it had none.
            segments.get(segment).append(" ON ").append(String.join(" AND ", readable));
        }
        segmentOfVariable.put(name, segment);
        return segment;
    }

    /**
     * What the rows a join declares ({@code name}, over {@code path}) must meet to be readable: one condition per
     * entity the path steps through and for the joined entity, except where a PublicStep leads there from a row
     * that is itself readable (the path's variable is restricted where it is declared). An inner join's go into
     * the WHERE of its level; a LEFT join's are returned for its ON clause.
     */
    private List<String> readConditions(ResolvedPath path, String name, boolean leftJoin) {
        List<String> conditions = new ArrayList<>();
        if (scope == null) {
            return conditions;
        }
        StringBuilder text = new StringBuilder(names.of(path.variable().name()));
        String origin = path.variable().entity();
        for (int i = 0; i < path.steps().size(); i++) {
            FieldInfo step = path.steps().get(i);
            text.append('.').append(step.name());
            boolean last = i == path.steps().size() - 1;
            if (step.isRelationship() && !scope.isPublicStep(origin, step.name())) {
                String rows = last ? name : text.toString();
                if (leftJoin) {
                    scope.condition(step.targetEntity(), rows).ifPresent(conditions::add);
                } else {
                    scope.require(step.targetEntity(), rows);
                }
            }
            origin = step.targetEntity();
        }
        return conditions;
    }

    /** {@code JOIN x.dataset ds} from the bound variable: {@code Dataset ds}, correlated by the row's foreign key. */
    private int declareCorrelatedRange(JoinType type, ResolvedPath path, String clientVariable) {
        FieldInfo step = path.steps().size() == 1 ? path.steps().get(0) : null;
        if (type != JoinType.INNER || step == null || step.kind() != FieldKind.TO_ONE) {
            correlatable = false;
        }
        String name = names.declare(clientVariable);
        int segment = segments.size();
        String entity = step == null ? "Object" : step.targetEntity();
        addSegment(entity, name);
        segmentOfVariable.put(name, segment);
        if (step != null) {
            correlations.add(name + ".id = " + outerVariable + "." + step.name() + ".id");
        }
        return segment;
    }

    /** A new comma-separated segment of the FROM clause: {@code <range> <name>}. */
    private void addSegment(String range, String name) {
        segments.add(new StringBuilder(range).append(' ').append(name));
        if (firstVariable == null) {
            firstVariable = name;
        }
    }

    private boolean isBound(String clientVariable) {
        return boundVariable != null && boundVariable.equalsIgnoreCase(clientVariable);
    }

    /** Conditions tying the ranges declared for joins from the bound variable to the row, e.g. {@code r1.id = v1.dataset.id}. */
    List<String> correlations() {
        return List.copyOf(correlations);
    }

    /**
     * False when the bound variable is reached other than by single to-one inner joins and its own attributes (a
     * LEFT join, a collection, a longer path, a relationship in the condition): the rule then needs the id form.
     */
    boolean correlatable() {
        return correlatable;
    }

    /**
     * The JPQL for a path whose steps are all to-one (or whose to-many steps are only allowed at the end), as a
     * value: the entities it steps through must be readable; the one it ends in is only its foreign key.
     */
    String pathText(ResolvedPath path) {
        String text = plainPathText(path);
        if (scope != null) {
            StringBuilder prefix = new StringBuilder(names.of(path.variable().name()));
            String origin = path.variable().entity();
            for (int i = 0; i < path.steps().size() - 1; i++) {
                FieldInfo step = path.steps().get(i);
                prefix.append('.').append(step.name());
                boolean onlyItsId = i == path.steps().size() - 2 && step.kind() == FieldKind.TO_ONE
                        && path.steps().get(i + 1).name().equals("id"); // the row's own foreign key
                if (step.isRelationship() && !onlyItsId && !scope.isPublicStep(origin, step.name())) {
                    scope.require(step.targetEntity(), prefix.toString());
                }
                origin = step.targetEntity();
            }
        }
        return text;
    }

    private String plainPathText(ResolvedPath path) {
        if (isBound(path.variable().name()) && path.steps().stream().anyMatch(FieldInfo::isRelationship)) {
            correlatable = false; // v1.dataset.name in a sub-select: EclipseLink would join it for the sub-select
        }
        StringBuilder text = new StringBuilder(names.of(path.variable().name()));
        for (FieldInfo step : path.steps()) {
            text.append('.').append(step.name());
        }
        return text.toString();
    }

    /**
     * A SELECT path that may cross to-many relationships ({@code f.investigations}): each such step becomes an
     * inner join with a generated variable, shared by all SELECT items that cross the same relationship.
     *
     * @param upToStep write only this many steps (used to name the owner of a selected attribute)
     */
    String selectPathText(ResolvedPath path, int upToStep) {
        String rootName = names.of(path.variable().name());
        int segment = segmentOfVariable.get(rootName);
        StringBuilder text = new StringBuilder(rootName);
        String origin = path.variable().entity();
        for (int i = 0; i < upToStep; i++) {
            FieldInfo step = path.steps().get(i);
            text.append('.').append(step.name());
            if (step.kind() == FieldKind.TO_MANY) {
                String joined = text.toString();
                String alias = collectionJoins.get(joined.toLowerCase(Locale.ROOT));
                if (alias == null) {
                    alias = names.fresh();
                    collectionJoins.put(joined.toLowerCase(Locale.ROOT), alias);
                    segments.get(segment).append(" JOIN ").append(joined).append(' ').append(alias);
                    segmentOfVariable.put(alias, segment);
                }
                text = new StringBuilder(alias);
            }
            if (scope != null && step.isRelationship() && !scope.isPublicStep(origin, step.name())) {
                scope.require(step.targetEntity(), text.toString());
            }
            origin = step.targetEntity();
        }
        return text.toString();
    }

    String text() {
        return "FROM " + String.join(", ", segments);
    }

    /** True for the variable of an entity range after the first ({@link ReadRestriction#decideById}). */
    boolean isLaterRange(String jpqlPath) {
        return laterRanges.contains(jpqlPath);
    }

    /** The READ conditions of this level, or null when it restricts nothing. */
    ReadScope scope() {
        return scope;
    }

    /** Whether anything is declared (a clause whose only range was bound to the enclosing query declares nothing). */
    boolean isEmpty() {
        return segments.isEmpty();
    }

    /** The variable that opens the first segment. */
    String firstVariable() {
        return firstVariable;
    }
}
