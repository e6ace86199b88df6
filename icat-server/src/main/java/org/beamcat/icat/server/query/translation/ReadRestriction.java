package org.beamcat.icat.server.query.translation;

import org.beamcat.icat.server.IcatServerException;

/**
 * The authorization hook of the translator (contract 3.3): asked once per distinct entity exposed by the SELECT
 * list, it answers with an extra condition on that entity's rows. The rules engine implements it from the ICAT
 * Rules that grant READ (typically with {@link JpqlTranslator#translateRowCondition}); root users get
 * {@link #UNRESTRICTED}.
 */
@FunctionalInterface
public interface ReadRestriction {

    ReadRestriction UNRESTRICTED = (entity, jpqlPath, bindings) -> ReadDecision.allowAll();

    /**
     * @param entity   ICAT name of the entity whose rows are exposed, e.g. {@code Dataset}
     * @param jpqlPath JPQL path expression denoting those rows in the translated query, e.g. {@code v1} or
     *                 {@code v1.investigation}; the condition should test {@code jpqlPath + ".id"}
     * @param bindings where the condition's own values must be bound
     */
    ReadDecision decide(String entity, String jpqlPath, ParameterBindings bindings) throws IcatServerException;
}
