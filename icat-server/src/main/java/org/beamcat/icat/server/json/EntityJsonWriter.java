package org.beamcat.icat.server.json;

import jakarta.json.stream.JsonGenerator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.beamcat.icat.server.entity.EntityBase;
import org.beamcat.icat.server.model.FieldInfo;
import org.beamcat.icat.server.query.include.IncludeGraph;
import org.beamcat.icat.server.query.include.IncludeNode;

/**
 * Writes query results as ICAT's REST API does (contract 1.4.4, 3.5), straight to a {@link JsonGenerator} so that a
 * large result is streamed rather than built as a tree:
 * <ul>
 * <li>an entity row is {@code {"Dataset":{…}}}: the system fields first, then the other fields by name; attributes
 * only when not null; a to-one relation only when INCLUDEd (as a nested object without the type wrapper); a to-many
 * relation always, as {@code []} unless INCLUDEd;</li>
 * <li>a scalar row is the bare value, a multi-item row an array of values;</li>
 * <li>dates use {@link IcatDateFormat}, a NaN double is {@code null}, enums are their names.</li>
 * </ul>
 * Relations outside the INCLUDE graph are never touched, so writing never loads anything the query did not ask
 * for. Thread-safe.
 */
public final class EntityJsonWriter {

    private final EntityAccessors accessors;
    private final IcatDateFormat dates;
    private final IncludedRelations ownRelations;

    public EntityJsonWriter(EntityAccessors accessors, IcatDateFormat dates) {
        this.accessors = accessors;
        this.dates = dates;
        this.ownRelations = IncludedRelations.throughEntities(accessors);
    }

    /** A whole search result, {@code [row, …]}, with related objects read through the entities. */
    public void writeSearchResult(JsonGenerator out, Iterable<?> rows, IncludeGraph include) {
        writeSearchResult(out, rows, include, ownRelations);
    }

    public void writeSearchResult(JsonGenerator out, Iterable<?> rows, IncludeGraph include,
            IncludedRelations relations) {
        out.writeStartArray();
        for (Object row : rows) {
            writeRow(out, row, include, relations);
        }
        out.writeEnd();
    }

    /**
     * One row of a search result: an entity (with {@code include} applied), an {@code Object[]} or {@code List} of a multi-item
     * SELECT (entities in it are written without includes, as INCLUDE needs a single-entity SELECT), or a scalar.
     */
    public void writeRow(JsonGenerator out, Object row, IncludeGraph include, IncludedRelations relations) {
        if (row instanceof EntityBase entity) {
            writeEntity(out, entity, include, relations);
        } else if (row instanceof Object[] || row instanceof List<?>) {
            // SearchService gives multi-item rows as unmodifiable Lists (SearchResult); JPA's own form is Object[].
            out.writeStartArray();
            for (Object item : row instanceof Object[] array ? Arrays.asList(array) : (List<?>) row) {
                if (item instanceof EntityBase entity) {
                    writeEntity(out, entity, null, relations);
                } else {
                    writeScalar(out, item);
                }
            }
            out.writeEnd();
        } else {
            writeScalar(out, row);
        }
    }

    /** {@code {"Dataset":{…}}}: a search's entity row, and the whole answer of a get. */
    public void writeEntity(JsonGenerator out, EntityBase entity, IncludeGraph include) {
        writeEntity(out, entity, include, ownRelations);
    }

    public void writeEntity(JsonGenerator out, EntityBase entity, IncludeGraph include, IncludedRelations relations) {
        EntityAccessor accessor = accessors.of(entity);
        out.writeStartObject();
        out.writeKey(accessor.name());
        writeBody(out, entity, accessor, include == null ? List.of() : include.children(), relations);
        out.writeEnd();
    }

    /** A bare value: string, number, boolean, date, enum or null. */
    public void writeScalar(JsonGenerator out, Object value) {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof String s) {
            out.write(s);
        } else if (value instanceof Boolean b) {
            out.write(b);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte) {
            out.write(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                out.writeNull(); // JSON has no NaN; ICAT writes null
            } else if (value instanceof Float f) {
                out.write(new BigDecimal(f.toString())); // not 0.10000000149011612 for 0.1f
            } else {
                out.write(d);
            }
        } else if (value instanceof BigDecimal d) {
            out.write(d);
        } else if (value instanceof BigInteger i) {
            out.write(i);
        } else if (value instanceof Date date) {
            out.write(dates.format(date));
        } else if (value instanceof Enum<?> constant) {
            out.write(constant.name());
        } else if (value instanceof EntityBase entity) {
            writeEntity(out, entity, null, ownRelations);
        } else {
            // ICAT's own wording for a value it cannot write; the REST layer reports it as INTERNAL.
            throw new IllegalArgumentException("Don't know how to jsonise " + value.getClass().getName());
        }
    }

    private void writeBody(JsonGenerator out, EntityBase entity, EntityAccessor accessor,
            List<IncludeNode> included, IncludedRelations relations) {
        out.writeStartObject();
        for (FieldInfo field : accessor.outputOrder()) {
            switch (field.kind()) {
                case ATTRIBUTE -> {
                    Object value = accessor.get(entity, field.name());
                    if (value != null) {
                        out.writeKey(field.name());
                        writeScalar(out, value);
                    }
                }
                case TO_ONE -> {
                    IncludeNode node = find(included, field.name());
                    EntityBase target = node == null ? null : relations.one(entity, node);
                    if (target != null) {
                        out.writeKey(field.name());
                        writeBody(out, target, accessors.of(target), node.children(), relations);
                    }
                }
                case TO_MANY -> {
                    out.writeStartArray(field.name());
                    IncludeNode node = find(included, field.name());
                    if (node != null) {
                        for (EntityBase child : relations.many(entity, node)) {
                            writeBody(out, child, accessors.of(child), node.children(), relations);
                        }
                    }
                    out.writeEnd();
                }
            }
        }
        out.writeEnd();
    }

    private static IncludeNode find(List<IncludeNode> nodes, String field) {
        for (IncludeNode node : nodes) {
            if (node.field().equals(field)) {
                return node;
            }
        }
        return null;
    }
}
