package org.beamcat.icat.server.search;

import jakarta.persistence.Query;
import java.util.Map;
import org.beamcat.icat.server.entity.ParameterValueType;
import org.beamcat.icat.server.entity.StudyStatus;
import org.beamcat.icat.server.query.validation.EnumValue;

/** Binds translated parameter values, turning the query layer's {@link EnumValue} into the entities' enums. */
final class QueryParameters {

    private static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.of(
            "ParameterValueType", ParameterValueType.class,
            "StudyStatus", StudyStatus.class);

    private QueryParameters() {
    }

    static void bind(Query query, Map<String, Object> parameters) {
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            query.setParameter(parameter.getKey(), value(parameter.getValue()));
        }
    }

    static Object value(Object value) {
        if (value instanceof EnumValue literal) {
            Class<? extends Enum<?>> type = ENUMS.get(literal.enumType());
            if (type == null) {
                throw new IllegalStateException("no Java enum for " + literal.enumType());
            }
            for (Enum<?> constant : type.getEnumConstants()) {
                if (constant.name().equals(literal.constant())) {
                    return constant;
                }
            }
            throw new IllegalStateException(literal.enumType() + " has no constant " + literal.constant());
        }
        return value;
    }
}
