package org.beamcat.icat.server.write;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.entity.Parameter;
import org.beamcat.icat.server.entity.ParameterType;
import org.beamcat.icat.server.entity.ParameterValueType;

/**
 * ICAT's extra checks on parameters (contract 2.1): the type must be applicable to the parent's entity, and an
 * enforced type limits numeric values to its range and string values to its permissible values. What a type allows
 * is read once per type and call (the permissible values with one query), not once per parameter.
 */
final class ParameterRules {

    /** What one parameter type allows, copied out so it outlives a clear of the persistence context. */
    private record TypeFacts(String name, Set<String> applicableTo, boolean enforced, ParameterValueType valueType,
            Double min, Double max, Set<String> permitted) {
    }

    private final EntityManager em;
    private final Map<Long, TypeFacts> facts = new HashMap<>();

    ParameterRules(EntityManager em) {
        this.em = em;
    }

    void check(Parameter parameter) throws IcatServerException {
        ParameterType type = parameter.getType();
        if (type == null) {
            return; // FieldRules has already refused it ("…: type cannot be null.")
        }
        TypeFacts allowed = facts(type);
        String parent = parentEntity(parameter);
        if (!allowed.applicableTo().contains(parent)) {
            throw invalid("Parameter of type " + allowed.name() + " is not applicable to a " + parent);
        }
        if (!allowed.enforced()) {
            return;
        }
        if (allowed.valueType() == ParameterValueType.NUMERIC) {
            Double value = parameter.getNumericValue();
            if (value == null) {
                throw invalid("Parameter of type " + allowed.name() + " has no numeric value");
            }
            if (allowed.min() != null && value < allowed.min()) {
                throw invalid("Parameter of type " + allowed.name() + " has value " + value + " < " + allowed.min());
            }
            if (allowed.max() != null && value > allowed.max()) {
                throw invalid("Parameter of type " + allowed.name() + " has value " + value + " > " + allowed.max());
            }
        } else if (allowed.valueType() == ParameterValueType.STRING && !allowed.permitted().isEmpty()
                && !allowed.permitted().contains(parameter.getStringValue())) {
            throw invalid("Parameter of type " + allowed.name() + " has value " + parameter.getStringValue()
                    + " not in " + allowed.permitted());
        }
    }

    private TypeFacts facts(ParameterType type) {
        // A type created in the same call has no id yet; it has no stored permissible values either.
        Long id = type.getId();
        TypeFacts known = id == null ? null : facts.get(id);
        if (known == null) {
            known = new TypeFacts(type.getName(), applicableTo(type), type.isEnforced(), type.getValueType(),
                    type.getMinimumNumericValue(), type.getMaximumNumericValue(), permitted(type));
            if (id != null) {
                facts.put(id, known);
            }
        }
        return known;
    }

    private Set<String> permitted(ParameterType type) {
        Set<String> values = new TreeSet<>();
        if (!type.isEnforced() || type.getValueType() != ParameterValueType.STRING) {
            return values;
        }
        if (type.getId() != null) {
            List<String> stored = em.createQuery(
                    "SELECT v.value FROM PermissibleStringValue v WHERE v.type.id = :type", String.class)
                    .setParameter("type", type.getId())
                    .setFlushMode(FlushModeType.COMMIT)
                    .getResultList();
            values.addAll(stored);
        }
        return values;
    }

    private static Set<String> applicableTo(ParameterType type) {
        Set<String> parents = new TreeSet<>();
        if (type.isApplicableToInvestigation()) {
            parents.add("Investigation");
        }
        if (type.isApplicableToDataset()) {
            parents.add("Dataset");
        }
        if (type.isApplicableToDatafile()) {
            parents.add("Datafile");
        }
        if (type.isApplicableToSample()) {
            parents.add("Sample");
        }
        if (type.isApplicableToDataCollection()) {
            parents.add("DataCollection");
        }
        return parents;
    }

    /** DatafileParameter → Datafile: each parameter entity is named after its parent. */
    private static String parentEntity(Parameter parameter) {
        String name = parameter.getClass().getSimpleName();
        return name.substring(0, name.length() - "Parameter".length());
    }

    private static IcatServerException invalid(String message) {
        return new IcatServerException(IcatErrorType.VALIDATION, message);
    }
}
