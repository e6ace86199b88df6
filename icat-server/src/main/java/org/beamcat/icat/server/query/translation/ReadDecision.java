package org.beamcat.icat.server.query.translation;

/** What a {@link ReadRestriction} decides for the rows of one entity a query reads. */
public sealed interface ReadDecision {

    /** Root user, public table or an unrestricted rule: no extra condition. */
    record AllowAll() implements ReadDecision {
    }

    /** No rule grants READ: the query returns nothing ({@code []}, or {@code [0]} for a COUNT). */
    record DenyAll() implements ReadDecision {
    }

    /**
     * A JPQL condition to AND into the WHERE clause, e.g. {@code v1.id IN (SELECT r1v1.id FROM ...)}. Its values
     * must be bound through the {@link ParameterBindings} passed to the restriction, never written into the text.
     */
    record Restrict(String jpqlCondition) implements ReadDecision {
    }

    static ReadDecision allowAll() {
        return new AllowAll();
    }
}
