package org.beamcat.icat.server.port;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.beamcat.icat.server.model.EntityInfo;
import org.beamcat.icat.server.model.EntityModel;
import org.beamcat.icat.server.model.FieldInfo;
import org.beamcat.icat.server.model.FieldKind;

/**
 * How one entity is exported: its header line (ICAT's shape: a {@code ?:0} handle first for entities without a unique
 * key, the four system attributes with {@code ALL}, then every attribute and to-one relation by name, a relation
 * given by the unique key of the related row, nested, or by its handle) and the JPQL projection that reads the
 * columns in the same order, with LEFT JOINs so that rows with a null relation are kept. The projection's first
 * item is always the row id, the key of keyset pagination; the writer formats the others.
 */
public final class ExportPlan {

    static final Set<String> SYSTEM_ATTRIBUTES = Set.of("createId", "createTime", "modId", "modTime");
    private static final List<String> SYSTEM_ORDER = List.of("createId", "createTime", "modId", "modTime");

    /** How a selected item is written: a value, or an id written as a quoted handle. */
    enum Kind {
        VALUE, HANDLE
    }

    private final String entity;
    private final String header;
    private final String select;
    private final List<Kind> kinds;

    private ExportPlan(String entity, String header, String select, List<Kind> kinds) {
        this.entity = entity;
        this.header = header;
        this.select = select;
        this.kinds = List.copyOf(kinds);
    }

    static ExportPlan of(EntityModel model, String entityName, boolean all) {
        EntityInfo entity = model.entity(entityName).orElseThrow();
        Builder builder = new Builder(model);
        StringBuilder header = new StringBuilder(entity.name()).append('(');
        List<String> items = new ArrayList<>();
        if (entity.uniqueKey().isEmpty()) {
            items.add("?:" + builder.select("x.id", Kind.HANDLE));
        }
        if (all) {
            for (String system : SYSTEM_ORDER) {
                items.add(system + ":" + builder.select("x." + system, Kind.VALUE));
            }
        }
        for (FieldInfo field : entity.fields()) {
            if (field.kind() == FieldKind.TO_MANY || field.name().equals("id")
                    || SYSTEM_ATTRIBUTES.contains(field.name())) {
                continue;
            }
            if (field.kind() == FieldKind.ATTRIBUTE) {
                items.add(field.name() + ":" + builder.select("x." + field.name(), Kind.VALUE));
            } else {
                items.add(field.name() + "(" + builder.relation("x", field) + ")");
            }
        }
        header.append(String.join(",", items)).append(')');
        String select = "SELECT x.id" + builder.selectList + " FROM " + entity.name() + " x" + builder.joins;
        return new ExportPlan(entity.name(), header.toString(), select, builder.kinds);
    }

    String entity() {
        return entity;
    }

    String header() {
        return header;
    }

    /** {@code SELECT x.id, … FROM Entity x LEFT JOIN …}: the caller adds the WHERE and ORDER BY. */
    String select() {
        return select;
    }

    /** How to write item i + 1 of each result row (item 0 is the id). */
    List<Kind> kinds() {
        return kinds;
    }

    private static final class Builder {

        private final EntityModel model;
        private final StringBuilder selectList = new StringBuilder();
        private final StringBuilder joins = new StringBuilder();
        private final List<Kind> kinds = new ArrayList<>();
        private int aliases;

        Builder(EntityModel model) {
            this.model = model;
        }

        /** Adds a selected item; returns its column in the dump. */
        int select(String path, Kind kind) {
            selectList.append(", ").append(path);
            kinds.add(kind);
            return kinds.size() - 1;
        }

        /** The inside of a relation's parentheses in the header, selecting the columns it names. */
        String relation(String from, FieldInfo field) {
            String alias = "j" + aliases++;
            joins.append(" LEFT JOIN ").append(from).append('.').append(field.name()).append(' ').append(alias);
            EntityInfo target = model.entity(field.targetEntity()).orElseThrow();
            if (target.uniqueKey().isEmpty()) {
                return "?:" + select(alias + ".id", Kind.HANDLE);
            }
            List<String> items = new ArrayList<>();
            for (FieldInfo keyField : target.fields()) {
                if (!target.uniqueKey().contains(keyField.name())) {
                    continue;
                }
                if (keyField.kind() == FieldKind.ATTRIBUTE) {
                    items.add(keyField.name() + ":" + select(alias + "." + keyField.name(), Kind.VALUE));
                } else {
                    items.add(keyField.name() + "(" + relation(alias, keyField) + ")");
                }
            }
            return String.join(",", items);
        }
    }
}
