package org.beamcat.icat.server.query.translation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;

/**
 * The READ conditions of one query level (the statement, or one sub-select) under {@link RuleScope#EVERY_ENTITY}:
 * the rows each variable and each followed path of that level stand for must be readable. Conditions for inner
 * ranges, joins and paths are ANDed into the level's WHERE; a LEFT join gets its condition in its ON clause
 * instead, so that an unreadable joined row behaves as an absent one. Each set of rows is asked about once.
 */
final class ReadScope {

    private final ReadRestriction restriction;
    private final ParameterBindings bindings;
    private final Set<String> asked = new HashSet<>();
    private final List<String> conditions = new ArrayList<>();

    ReadScope(ReadRestriction restriction, ParameterBindings bindings) {
        this.restriction = restriction;
        this.bindings = bindings;
    }

    /** A scope for a sub-select of this level, with its own conditions. */
    ReadScope nested() {
        return new ReadScope(restriction, bindings);
    }

    /** The rows of {@code entity} at {@code jpqlPath} must be readable for a row of this level to exist. */
    void require(String entity, String jpqlPath) {
        if (asked.add(jpqlPath)) {
            condition(entity, jpqlPath, false).ifPresent(conditions::add);
        }
    }

    /** As {@link #require}, for a range after the first of a FROM clause ({@link ReadRestriction#decideById}). */
    void requireById(String entity, String jpqlPath) {
        if (asked.add(jpqlPath)) {
            condition(entity, jpqlPath, true).ifPresent(conditions::add);
        }
    }

    /**
     * The condition a row of {@code entity} at {@code jpqlPath} must meet to be readable ({@code 1 = 0} when none
     * is), or empty when every row is; for a LEFT join's ON clause or a rewritten collection test. Not recorded.
     */
    Optional<String> condition(String entity, String jpqlPath) {
        return condition(entity, jpqlPath, false);
    }

    private Optional<String> condition(String entity, String jpqlPath, boolean byId) {
        ReadDecision decision;
        try {
            decision = byId ? restriction.decideById(entity, jpqlPath, bindings)
                    : restriction.decide(entity, jpqlPath, bindings);
        } catch (IcatServerException e) {
            throw new Failure(e);
        }
        if (decision instanceof ReadDecision.AllowAll) {
            return Optional.empty();
        } else if (decision instanceof ReadDecision.DenyAll) {
            return Optional.of("1 = 0");
        } else if (decision instanceof ReadDecision.Restrict restrict) {
            return Optional.of("(" + restrict.jpqlCondition() + ")");
        }
        throw new Failure(new IcatServerException(IcatErrorType.INTERNAL, "read restriction gave no decision for "
                + entity));
    }

    /** Whether a readable row of {@code originEntity} makes what its {@code field} leads to readable. */
    boolean isPublicStep(String originEntity, String field) {
        return restriction.isPublicStep(originEntity, field);
    }

    /** The conditions to AND into this level's WHERE, in the order they were required. */
    List<String> conditions() {
        return List.copyOf(conditions);
    }

    /** True when some required rows can never be read: this level has no rows. */
    boolean denied() {
        return conditions.contains("1 = 0");
    }

    /** A {@link ReadRestriction} failure carried through the writers, which build text and throw nothing checked. */
    static final class Failure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Failure(IcatServerException cause) {
            super(cause);
        }

        IcatServerException icatException() {
            return (IcatServerException) getCause();
        }
    }
}
