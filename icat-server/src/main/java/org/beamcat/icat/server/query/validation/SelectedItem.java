package org.beamcat.icat.server.query.validation;

import java.util.Optional;
import org.beamcat.icat.server.model.ValueType;
import org.beamcat.icat.server.query.ast.AggregateFunction;

/**
 * What one SELECT item returns, for authorization and serialisation.
 *
 * @param exposedEntity the entity whose rows the item reveals (contract 3.3): the entity selected, or the owner
 *                      of the selected attribute; READ rules for it restrict the query
 * @param aggregate     the aggregate applied, if any
 * @param attributeType the attribute's type when the item (or the aggregate's argument) is an attribute
 */
public record SelectedItem(String exposedEntity, Optional<AggregateFunction> aggregate,
        Optional<ValueType> attributeType) {

    /** True when each result row holds an entity object (serialised as {@code {"Entity":{...}}}). */
    public boolean returnsEntity() {
        return aggregate.isEmpty() && attributeType.isEmpty();
    }

    public boolean isCount() {
        return aggregate.filter(function -> function == AggregateFunction.COUNT).isPresent();
    }
}
