package org.beamcat.icat.server.port;

import java.util.List;
import org.beamcat.icat.server.model.EntityInfo;
import org.beamcat.icat.server.model.FieldInfo;
import org.beamcat.icat.server.model.ValueType;

/**
 * The header line of one block of a dump, e.g.
 * {@code Dataset(investigation(facility(name:0), name:1, visitId:2), name:3, type(facility(name:0), name:4))}:
 * which column of the following rows holds which attribute, which columns identify each related row, and the
 * column of the local handle ({@code ?:n}) of an entity without a unique key.
 */
public record DumpTable(EntityInfo entity, List<Column> columns, int width) {

    sealed interface Column permits Attribute, Handle, Relation {
    }

    /** An attribute of the row itself (system attributes included, when the dump has them). */
    record Attribute(FieldInfo field, int index) implements Column {
    }

    /** {@code ?:n}: the row's local name, which later blocks use to refer to it. */
    record Handle(int index) implements Column {
    }

    /** A to-one relation, given by the columns that identify the related row. */
    record Relation(FieldInfo field, EntityInfo target, List<KeyPart> parts) implements Column {
    }

    /** One identifying column of a related row: a path below it, or its handle. */
    sealed interface KeyPart permits KeyValue, KeyHandle {
        int index();
    }

    /** E.g. {@code facility.name} of an Investigation, read from column {@code index}. */
    record KeyValue(String path, ValueType type, Class<?> javaType, int index) implements KeyPart {
    }

    /**
     * The handle of the related row ({@code path} empty) or of a row its key refers to, for entities without a
     * unique key: {@code entity} is the entity the handle belongs to.
     */
    record KeyHandle(String path, String entity, int index) implements KeyPart {
    }
}
