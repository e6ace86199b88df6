package org.beamcat.icat.server.json;

import java.util.List;
import java.util.Optional;
import org.beamcat.icat.server.model.EntityInfo;

/**
 * One object of a POST {@code entities} value: a create when {@code id} is null, otherwise an update of that row
 * that changes only the fields given. Fields keep the order they were given in.
 */
public record EntityDescription(EntityInfo entity, Long id, List<FieldValue> values) {

    public EntityDescription {
        values = List.copyOf(values);
    }

    public boolean isCreate() {
        return id == null;
    }

    public Optional<FieldValue> value(String fieldName) {
        return values.stream().filter(v -> v.field().name().equals(fieldName)).findFirst();
    }

    /** How many objects this describes: itself, the new children and the referenced rows it updates, all nested. */
    public int objectCount() {
        int count = 1;
        for (FieldValue value : values) {
            if (value instanceof NewChildren children) {
                for (EntityDescription child : children.children()) {
                    count += child.objectCount();
                }
            } else if (value instanceof ReferenceValue reference && reference.target() != null
                    && !reference.target().values().isEmpty()) {
                count += reference.target().objectCount();
            }
        }
        return count;
    }
}
