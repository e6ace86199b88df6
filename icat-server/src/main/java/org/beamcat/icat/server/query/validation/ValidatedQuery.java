package org.beamcat.icat.server.query.validation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beamcat.icat.server.query.ast.Limit;
import org.beamcat.icat.server.query.ast.Literal;
import org.beamcat.icat.server.query.ast.Path;
import org.beamcat.icat.server.query.ast.SelectStatement;
import org.beamcat.icat.server.query.include.IncludeGraph;

/**
 * A query that passed validation, with what the translator needs: how each path node resolved and the value each
 * literal node is bound to (both keyed by node identity, since equal-looking nodes may resolve differently).
 */
public final class ValidatedQuery {

    private final SelectStatement statement;
    private final List<SelectedItem> selectedItems;
    private final Optional<IncludeGraph> include;
    private final Map<Path, ResolvedPath> paths;
    private final Map<Literal, Object> boundValues;

    ValidatedQuery(SelectStatement statement, List<SelectedItem> selectedItems, Optional<IncludeGraph> include,
            Map<Path, ResolvedPath> paths, Map<Literal, Object> boundValues) {
        this.statement = statement;
        this.selectedItems = List.copyOf(selectedItems);
        this.include = include;
        this.paths = paths;
        this.boundValues = boundValues;
    }

    public SelectStatement statement() {
        return statement;
    }

    /** One entry per SELECT item, in order. */
    public List<SelectedItem> selectedItems() {
        return selectedItems;
    }

    public Optional<IncludeGraph> include() {
        return include;
    }

    public Optional<Limit> limit() {
        return statement.limit();
    }

    /** How a path node of {@link #statement()} resolved. */
    public ResolvedPath resolution(Path path) {
        ResolvedPath resolved = paths.get(path);
        if (resolved == null) {
            throw new IllegalArgumentException("path " + path + " was not validated as part of this query");
        }
        return resolved;
    }

    /** The value a literal node is bound to; null for {@code :user}, which is bound to the session's user. */
    public Object boundValue(Literal literal) {
        if (!(literal instanceof Literal.CurrentUser) && !boundValues.containsKey(literal)) {
            throw new IllegalArgumentException("literal " + literal + " was not validated as part of this query");
        }
        return boundValues.get(literal);
    }
}
