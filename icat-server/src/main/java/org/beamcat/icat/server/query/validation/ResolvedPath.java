package org.beamcat.icat.server.query.validation;

import java.util.List;
import java.util.Optional;
import org.beamcat.icat.server.model.FieldInfo;
import org.beamcat.icat.server.model.FieldKind;

/**
 * A path checked against the model: the declared variable it starts from and the field of each step.
 *
 * @param variable the declared variable (its declared spelling may differ in case from the path's)
 * @param steps    one field per path step, in order
 */
public record ResolvedPath(Variable variable, List<FieldInfo> steps) {

    public ResolvedPath {
        steps = List.copyOf(steps);
    }

    public boolean endsInAttribute() {
        return lastStep().map(field -> field.kind() == FieldKind.ATTRIBUTE).orElse(false);
    }

    public Optional<FieldInfo> lastStep() {
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
    }

    /** The entity at the end of the path; empty when it ends in an attribute. */
    public Optional<String> endEntity() {
        if (steps.isEmpty()) {
            return Optional.of(variable.entity());
        }
        FieldInfo last = steps.get(steps.size() - 1);
        return last.isRelationship() ? Optional.of(last.targetEntity()) : Optional.empty();
    }

    /**
     * The entity whose rows this path exposes (contract 3.3): the end entity, or for an attribute the entity that
     * owns it.
     */
    public String exposedEntity() {
        if (endsInAttribute()) {
            return steps.size() == 1 ? variable.entity() : steps.get(steps.size() - 2).targetEntity();
        }
        return endEntity().orElseThrow();
    }

    ExpressionType type() {
        if (steps.isEmpty()) {
            return new ExpressionType.EntityObject(variable.entity());
        }
        FieldInfo last = steps.get(steps.size() - 1);
        return switch (last.kind()) {
            case ATTRIBUTE -> ExpressionType.of(last.valueType());
            case TO_ONE -> new ExpressionType.EntityObject(last.targetEntity());
            case TO_MANY -> new ExpressionType.Collection(last.targetEntity());
        };
    }
}
