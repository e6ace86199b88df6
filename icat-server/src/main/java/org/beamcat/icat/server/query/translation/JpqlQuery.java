package org.beamcat.icat.server.query.translation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beamcat.icat.server.query.ast.Limit;
import org.beamcat.icat.server.query.include.IncludeGraph;
import org.beamcat.icat.server.query.validation.SelectedItem;

/**
 * A translated search, ready for {@code EntityManager.createQuery(jpql)}: bind every entry of {@code parameters}
 * by name, then apply {@code limit} with {@code setFirstResult/setMaxResults}.
 *
 * <p>Parameter values are String, Integer, Long, Double, Boolean, Character, {@link java.util.Date} or
 * {@link org.beamcat.icat.server.query.validation.EnumValue} (convert to the entity's Java enum before binding).
 *
 * @param jpql          the JPQL text; contains no client-supplied text
 * @param parameters    parameter name (without colon) to value
 * @param selectedItems what each SELECT item returns (entity, attribute or aggregate), for serialisation
 * @param include       related objects to load for each result entity, when the query has INCLUDE
 * @param limit         LIMIT offset and count, when given
 * @param alwaysEmpty   true when a {@link ReadRestriction} denied all reads: the JPQL contains {@code 1 = 0} and
 *                      the caller may answer {@code []} (or {@code [0]} for a COUNT) without running it
 */
public record JpqlQuery(String jpql, Map<String, Object> parameters, List<SelectedItem> selectedItems,
        Optional<IncludeGraph> include, Optional<Limit> limit, boolean alwaysEmpty) {

    public JpqlQuery {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        selectedItems = List.copyOf(selectedItems);
    }
}
