package org.beamcat.icat.server.query.translation;

import org.beamcat.icat.server.IcatServerException;

/**
 * The authorization hook of the translator (contract 3.3): asked once per distinct set of rows a query reads, it
 * answers with an extra condition on those rows. Which rows it is asked about depends on {@link #scope()}: every
 * entity the query touches, or only those the SELECT list exposes (ICAT). The rules engine implements it from the
 * ICAT Rules that grant READ (typically with {@link JpqlTranslator#translateRowCondition}); root users get
 * {@link #UNRESTRICTED}.
 */
@FunctionalInterface
public interface ReadRestriction {

    ReadRestriction UNRESTRICTED = (entity, jpqlPath, bindings) -> ReadDecision.allowAll();

    /**
     * @param entity   ICAT name of the entity whose rows are read, e.g. {@code Dataset}
     * @param jpqlPath JPQL path expression denoting those rows in the translated query, e.g. {@code v1} or
     *                 {@code v1.investigation}; the condition should test {@code jpqlPath + ".id"}
     * @param bindings where the condition's own values must be bound
     */
    ReadDecision decide(String entity, String jpqlPath, ParameterBindings bindings) throws IcatServerException;

    /**
     * As {@link #decide}, for rows whose condition must reach related rows through the row's id rather than through
     * its foreign keys ({@code jpqlPath.dataset.id}): the variables of a FROM clause after its first, whose
     * relationships EclipseLink 4.0.7 joins inside the first sub-select that follows one and then names in the
     * next sub-select too ("missing FROM-clause entry", issue 14).
     */
    default ReadDecision decideById(String entity, String jpqlPath, ParameterBindings bindings)
            throws IcatServerException {
        return decide(entity, jpqlPath, bindings);
    }

    /** Which entities of a query are restricted. */
    default RuleScope scope() {
        return RuleScope.EVERY_ENTITY;
    }

    /**
     * True when whoever may read a row of {@code originEntity} may read what its {@code field} leads to (a
     * PublicStep, contract 4.4): the rows reached that way from a readable row need no condition of their own.
     */
    default boolean isPublicStep(String originEntity, String field) {
        return false;
    }
}
