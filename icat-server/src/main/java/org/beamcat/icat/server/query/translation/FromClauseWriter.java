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

    FromClauseWriter(ValidatedQuery query, VariableNames names, List<FromItem> from) {
        this.query = query;
        this.names = names;
        for (FromItem item : from) {
            int segment;
            if (item instanceof FromItem.EntityRange range) {
                segment = segments.size();
                String name = names.declare(range.variable());
                // Validated to be exactly an entity name of the model (names are case-sensitive); JPA entity
                // names are the ICAT names.
                segments.add(new StringBuilder(range.entity()).append(' ').append(name));
                segmentOfVariable.put(name, segment);
            } else {
                FromItem.PathRange range = (FromItem.PathRange) item;
                segment = declareJoin(JoinType.INNER, query.resolution(range.path()), range.variable());
            }
            for (Join join : item.joins()) {
                declareJoin(join.type(), query.resolution(join.path()), join.variable());
            }
        }
    }

    private int declareJoin(JoinType type, ResolvedPath path, String clientVariable) {
        String pathText = pathText(path);
        Integer rootSegment = segmentOfVariable.get(names.of(path.variable().name()));
        String name = names.declare(clientVariable);
        int segment;
        if (rootSegment == null) {
            // A sub-select starting from the enclosing query's variable: a derived path declaration of its own.
            segment = segments.size();
            segments.add(new StringBuilder(pathText).append(' ').append(name));
        } else {
            segment = rootSegment;
            segments.get(segment).append(type == JoinType.LEFT ? " LEFT OUTER JOIN " : " JOIN ").append(pathText)
                    .append(' ').append(name);
        }
        segmentOfVariable.put(name, segment);
        return segment;
    }

    /** The JPQL for a path whose steps are all to-one (or whose to-many steps are only allowed at the end). */
    String pathText(ResolvedPath path) {
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
        }
        return text.toString();
    }

    String text() {
        return "FROM " + String.join(", ", segments);
    }
}
