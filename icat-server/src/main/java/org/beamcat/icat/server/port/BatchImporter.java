package org.beamcat.icat.server.port;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.entity.EntityBase;
import org.beamcat.icat.server.json.AttributeValue;
import org.beamcat.icat.server.json.EntityAccessor;
import org.beamcat.icat.server.json.EntityAccessors;
import org.beamcat.icat.server.json.EntityDescription;
import org.beamcat.icat.server.json.FieldValue;
import org.beamcat.icat.server.json.ReferenceValue;
import org.beamcat.icat.server.model.EntityInfo;
import org.beamcat.icat.server.model.FieldInfo;
import org.beamcat.icat.server.model.FieldKind;
import org.beamcat.icat.server.write.EntityWriter;

/**
 * Imports one batch of rows of one block in the caller's transaction: converts each row to the description a
 * {@code POST entityManager} element would give (related rows found by their key or handle), applies the duplicate
 * action against the stored row with the same unique key, and hands the batch to the catalogue's {@link EntityWriter},
 * so validation, uniqueness and the CREATE/UPDATE rules apply as to any write. Errors name the line.
 */
final class BatchImporter {

    private static final long DATE_TOLERANCE_MILLIS = 1000;

    private final EntityManager em;
    private final EntityAccessors accessors;
    private final DumpValues values;
    private final EntityWriter writer;
    private final BatchCheck check;

    /** What the REST write checks before the writer does (Rule definitions); offsets index the batch. */
    @FunctionalInterface
    interface BatchCheck {
        void check(List<EntityDescription> descriptions) throws IcatServerException;
    }

    BatchImporter(EntityManager em, EntityAccessors accessors, DumpValues values, EntityWriter writer,
            BatchCheck check) {
        this.em = em;
        this.accessors = accessors;
        this.values = values;
        this.writer = writer;
        this.check = check;
    }

    /** A row ready to write. */
    private record Pending(DumpRow row, EntityDescription description, Map<String, Object> system, String handle,
            Long existingId) {
    }

    void run(DumpTable table, List<DumpRow> rows, DuplicateAction duplicates, boolean all, ImportState state)
            throws IcatServerException {
        EntityAccessor accessor = accessors.of(table.entity().name());
        List<Pending> pending = new ArrayList<>();
        Set<String> keysInBatch = new HashSet<>();
        for (DumpRow row : rows) {
            Pending next;
            try {
                next = convert(table, accessor, row, all, state);
            } catch (DumpFormatException e) {
                throw atLine(IcatErrorType.BAD_PARAMETER, e.getMessage(), row.line());
            } catch (IcatServerException e) {
                throw atLine(e.type(), e.getMessage(), row.line());
            }
            String key = uniqueKey(table.entity(), next.description());
            if (key != null && !keysInBatch.add(key) && duplicates != DuplicateAction.THROW) {
                // the same key twice in one batch: write what came before, so that the lookup sees it
                flush(table, pending, all, state);
                pending.clear();
                keysInBatch.clear();
                keysInBatch.add(key);
            }
            Pending resolved;
            try {
                resolved = duplicates == DuplicateAction.THROW || key == null ? next
                        : applyDuplicateAction(table, accessor, next, duplicates, all, state);
            } catch (IcatServerException e) {
                throw atLine(e.type(), e.getMessage(), row.line());
            }
            if (resolved != null) {
                pending.add(resolved);
            }
        }
        flush(table, pending, all, state);
    }

    private Pending convert(DumpTable table, EntityAccessor accessor, DumpRow row, boolean all, ImportState state)
            throws DumpFormatException, IcatServerException {
        if (row.values().size() < table.width()) {
            throw new DumpFormatException("The line has " + row.values().size() + " values but the header of "
                    + table.entity().name() + " names " + table.width() + " columns");
        }
        List<FieldValue> fields = new ArrayList<>();
        Map<String, Object> system = new LinkedHashMap<>();
        String handle = null;
        for (DumpTable.Column column : table.columns()) {
            if (column instanceof DumpTable.Attribute attribute) {
                FieldInfo field = attribute.field();
                Object value = values.convert(row.values().get(attribute.index()), field.valueType(),
                        accessor.javaType(field.name()), table.entity().name() + "." + field.name());
                if (ExportPlan.SYSTEM_ATTRIBUTES.contains(field.name()) || field.name().equals("id")) {
                    if (all && value != null && !field.name().equals("id")) {
                        system.put(field.name(), value);
                    }
                } else if (value != null) {
                    fields.add(new AttributeValue(field, value));
                }
            } else if (column instanceof DumpTable.Handle h) {
                handle = handleName(row.values().get(h.index()));
            } else if (column instanceof DumpTable.Relation relation) {
                Long id = resolve(relation, row, state);
                if (id != null) {
                    fields.add(new ReferenceValue(relation.field(),
                            new EntityDescription(relation.target(), id, List.of())));
                }
            }
        }
        return new Pending(row, new EntityDescription(table.entity(), null, fields), system, handle, null);
    }

    private static String handleName(DumpToken token) throws DumpFormatException {
        if (token.is(DumpToken.Type.STRING) || token.is(DumpToken.Type.INTEGER) || token.is(DumpToken.Type.NAME)) {
            return token.text();
        }
        throw new DumpFormatException("Expected a handle (a quoted name) but found " + token);
    }

    /** The id of the related row, or null when its first identifying column is null. */
    private Long resolve(DumpTable.Relation relation, DumpRow row, ImportState state)
            throws DumpFormatException, IcatServerException {
        List<Object> keyValues = new ArrayList<>();
        StringBuilder cacheKey = new StringBuilder(relation.target().name());
        for (DumpTable.KeyPart part : relation.parts()) {
            DumpToken token = row.values().get(part.index());
            if (token.is(DumpToken.Type.NULL)) {
                return null;
            }
            Object value;
            if (part instanceof DumpTable.KeyHandle h) {
                String name = handleName(token);
                value = state.handle(h.entity(), name);
                if (value == null) {
                    throw new DumpFormatException("Handle " + token + " of " + h.entity()
                            + " is not defined by an earlier line");
                }
                if (h.path().isEmpty() && relation.parts().size() == 1) {
                    return (Long) value;
                }
            } else {
                DumpTable.KeyValue key = (DumpTable.KeyValue) part;
                value = values.convert(token, key.type(), key.javaType(),
                        relation.target().name() + "." + key.path());
            }
            keyValues.add(value);
            cacheKey.append('\u0000').append(value instanceof Date d ? d.getTime() : value);
        }
        Long cached = state.lookup(cacheKey.toString());
        if (cached != null) {
            return cached;
        }
        StringBuilder jpql = new StringBuilder("SELECT x.id FROM ").append(relation.target().name())
                .append(" x WHERE ");
        StringBuilder described = new StringBuilder();
        for (int i = 0; i < relation.parts().size(); i++) {
            DumpTable.KeyPart part = relation.parts().get(i);
            String path = part instanceof DumpTable.KeyHandle h ? (h.path().isEmpty() ? "id" : h.path() + ".id")
                    : ((DumpTable.KeyValue) part).path();
            jpql.append(i == 0 ? "" : " AND ").append("x.").append(path).append(" = :p").append(i);
            described.append(i == 0 ? "" : ", ").append(path).append(" = ").append(row.values().get(part.index()));
        }
        TypedQuery<Long> query = em.createQuery(jpql.toString(), Long.class).setMaxResults(2);
        for (int i = 0; i < keyValues.size(); i++) {
            query.setParameter("p" + i, keyValues.get(i));
        }
        List<Long> found = query.getResultList();
        if (found.isEmpty()) {
            throw new IcatServerException(IcatErrorType.NO_SUCH_OBJECT_FOUND, "No " + relation.target().name()
                    + " with " + described + " for " + relation.field().name());
        }
        if (found.size() > 1) {
            throw new IcatServerException(IcatErrorType.BAD_PARAMETER, "More than one "
                    + relation.target().name() + " with " + described + " for " + relation.field().name());
        }
        state.lookup(cacheKey.toString(), found.get(0));
        return found.get(0);
    }

    /** The unique key of a row as text, or null when the entity has none or a key field is not given. */
    private static String uniqueKey(EntityInfo entity, EntityDescription description) {
        if (entity.uniqueKey().isEmpty()) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        for (String name : entity.uniqueKey()) {
            Object value = keyValue(description, name);
            if (value == null) {
                return null;
            }
            key.append(value instanceof Date d ? d.getTime() : value).append('\u0000');
        }
        return key.toString();
    }

    private static Object keyValue(EntityDescription description, String field) {
        return description.value(field).map(v -> v instanceof AttributeValue a ? a.value()
                : v instanceof ReferenceValue r && r.target() != null ? r.target().id() : null).orElse(null);
    }

    private Pending applyDuplicateAction(DumpTable table, EntityAccessor accessor, Pending row,
            DuplicateAction duplicates, boolean all, ImportState state) throws IcatServerException {
        EntityInfo entity = table.entity();
        StringBuilder jpql = new StringBuilder("SELECT x FROM ").append(entity.name()).append(" x WHERE ");
        List<Object> keyValues = new ArrayList<>();
        for (String name : entity.uniqueKey()) {
            FieldInfo field = entity.field(name).orElseThrow();
            jpql.append(keyValues.isEmpty() ? "" : " AND ").append("x.").append(name)
                    .append(field.kind() == FieldKind.TO_ONE ? ".id" : "").append(" = :p").append(keyValues.size());
            keyValues.add(keyValue(row.description(), name));
        }
        TypedQuery<EntityBase> query = em.createQuery(jpql.toString(), EntityBase.class).setMaxResults(1);
        for (int i = 0; i < keyValues.size(); i++) {
            query.setParameter("p" + i, keyValues.get(i));
        }
        List<EntityBase> existing = query.getResultList();
        if (existing.isEmpty()) {
            return row;
        }
        EntityBase stored = existing.get(0);
        if (row.handle() != null) {
            state.handle(entity.name(), row.handle(), stored.getId());
        }
        switch (duplicates) {
            case IGNORE:
                return null;
            case CHECK:
                check(entity, accessor, row, stored, all);
                return null;
            default:
                return new Pending(row.row(), new EntityDescription(entity, stored.getId(),
                        row.description().values()), row.system(), null, stored.getId());
        }
    }

    /** ICAT's CHECK: every attribute and relation must be as stored (dates within a second); absent means null. */
    private static void check(EntityInfo entity, EntityAccessor accessor, Pending row, EntityBase stored,
            boolean all) throws IcatServerException {
        for (FieldInfo field : entity.fields()) {
            if (field.kind() == FieldKind.TO_MANY || field.name().equals("id")) {
                continue;
            }
            boolean system = ExportPlan.SYSTEM_ATTRIBUTES.contains(field.name());
            Object expected;
            if (system) {
                if (!all || !row.system().containsKey(field.name())) {
                    continue;
                }
                expected = row.system().get(field.name());
            } else {
                expected = keyValue(row.description(), field.name());
                if (expected == null && accessor.isPrimitive(field.name())) {
                    expected = Boolean.FALSE;
                }
            }
            Object actual = accessor.get(stored, field.name());
            if (actual instanceof EntityBase related) {
                actual = related.getId();
            }
            if (!same(expected, actual)) {
                throw new IcatServerException(IcatErrorType.VALIDATION,
                        "Duplicate check fails for field " + field.name() + " of " + entity.name());
            }
        }
    }

    private static boolean same(Object expected, Object actual) {
        if (expected instanceof Date a && actual instanceof Date b) {
            return Math.abs(a.getTime() - b.getTime()) <= DATE_TOLERANCE_MILLIS;
        }
        if (expected instanceof Number a && actual instanceof Number b) {
            return a.doubleValue() == b.doubleValue();
        }
        return Objects.equals(expected, actual);
    }

    private void flush(DumpTable table, List<Pending> pending, boolean all, ImportState state)
            throws IcatServerException {
        if (pending.isEmpty()) {
            return;
        }
        List<EntityDescription> descriptions = new ArrayList<>(pending.size());
        pending.forEach(p -> descriptions.add(p.description()));
        List<Long> created;
        try {
            check.check(descriptions);
            created = writer.write(descriptions, all ? (offset, entity) -> keepSystemAttributes(entity,
                    pending.get(offset).system()) : EntityWriter.BuiltRows.NONE);
        } catch (IcatServerException e) {
            int line = e.offset() >= 0 && e.offset() < pending.size() ? pending.get(e.offset()).row().line()
                    : pending.get(0).row().line();
            throw atLine(e.type(), e.getMessage(), line);
        }
        int next = 0;
        for (Pending p : pending) {
            long id = p.existingId() != null ? p.existingId() : created.get(next++);
            if (p.handle() != null) {
                state.handle(table.entity().name(), p.handle(), id);
            }
        }
        state.counted(pending.size());
    }

    /**
     * Import with ALL (root only): the dump's createId, createTime, modId, modTime replace the writer's, set on the
     * row before it is persisted (one UPDATE statement per row afterwards made EclipseLink flush the whole batch's
     * persistence context for each row: most of the import's time).
     */
    private static void keepSystemAttributes(EntityBase entity, Map<String, Object> system) {
        system.forEach((name, value) -> {
            switch (name) {
                case "createId" -> entity.setCreateId((String) value);
                case "createTime" -> entity.setCreateTime((Date) value);
                case "modId" -> entity.setModId((String) value);
                case "modTime" -> entity.setModTime((Date) value);
                default -> throw new IllegalArgumentException("not a system attribute: " + name);
            }
        });
    }

    static IcatServerException atLine(IcatErrorType type, String message, int line) {
        return new IcatServerException(type, message + " at line " + line, line);
    }
}
