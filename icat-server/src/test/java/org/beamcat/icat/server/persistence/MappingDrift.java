package org.beamcat.icat.server.persistence;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.beamcat.icat.server.entity.IcatEntities;
import org.beamcat.icat.server.model.EntityInfo;
import org.beamcat.icat.server.model.EntityModel;
import org.beamcat.icat.server.model.FieldInfo;
import org.beamcat.icat.server.model.ValueType;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.OneToManyMapping;
import org.eclipse.persistence.mappings.OneToOneMapping;
import org.eclipse.persistence.mappings.foundation.AbstractDirectMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Compares three descriptions of the schema that must agree: the entity model (what clients may use),
 * EclipseLink's mapping of the entities (what SQL it will write) and the migrated database (what
 * exists). Each check returns the list of disagreements, so a failure names all of them at once.
 */
final class MappingDrift {

    private final EntityModel model;
    private final Session session;
    private final DatabaseSchema database;

    MappingDrift(EntityModel model, EntityManagerFactory emf, DatabaseSchema database) {
        this.model = model;
        this.session = JpaHelper.getServerSession(emf);
        this.database = database;
    }

    /** Every model field has a column (or, for to-many, an inverse column) of the right type and nullability. */
    List<String> fieldsWithoutMatchingColumn() {
        List<String> problems = new ArrayList<>();
        for (Class<?> entityClass : IcatEntities.CLASSES) {
            ClassDescriptor descriptor = session.getDescriptor(entityClass);
            EntityInfo entity = model.entity(entityClass.getSimpleName()).orElseThrow();
            for (FieldInfo field : entity.fields()) {
                String where = entity.name() + "." + field.name();
                DatabaseMapping mapping = descriptor.getMappingForAttributeName(field.name());
                if (mapping == null) {
                    problems.add(where + ": not mapped by EclipseLink");
                } else if (mapping instanceof OneToManyMapping toMany) {
                    String targetTable = toMany.getReferenceDescriptor().getTableName();
                    checkColumnExists(where, targetTable, only(toMany.getTargetForeignKeyFields()), problems);
                } else if (mapping instanceof OneToOneMapping toOne) {
                    checkColumn(where, descriptor.getTableName(), only(toOne.getForeignKeyFields()),
                            Set.of(Types.BIGINT), !field.required(), 0, problems);
                } else if (mapping instanceof AbstractDirectMapping direct) {
                    boolean primitive = isPrimitive(entityClass, field.name());
                    boolean nullable = !field.required() && !primitive && !"id".equals(field.name());
                    checkColumn(where, descriptor.getTableName(), direct.getField().getName(),
                            jdbcTypes(field.valueType()), nullable, field.maxLength(), problems);
                } else {
                    problems.add(where + ": unexpected mapping " + mapping.getClass().getSimpleName());
                }
            }
        }
        return problems;
    }

    /** Every column of an entity table is written by EclipseLink (an unmapped NOT NULL column breaks inserts). */
    List<String> columnsWithoutMapping() {
        List<String> problems = new ArrayList<>();
        for (Class<?> entityClass : IcatEntities.CLASSES) {
            ClassDescriptor descriptor = session.getDescriptor(entityClass);
            Set<String> mapped = new HashSet<>();
            for (DatabaseField field : descriptor.getFields()) {
                mapped.add(DatabaseSchema.upper(field.getName()));
            }
            for (String column : database.columns(descriptor.getTableName()).keySet()) {
                if (!mapped.contains(column)) {
                    problems.add(descriptor.getTableName() + "." + column + ": no entity field");
                }
            }
        }
        return problems;
    }

    /** The database enforces each entity's unique key, on exactly those columns, in that order. */
    List<String> uniqueKeysNotEnforced() {
        List<String> problems = new ArrayList<>();
        for (Class<?> entityClass : IcatEntities.CLASSES) {
            ClassDescriptor descriptor = session.getDescriptor(entityClass);
            EntityInfo entity = model.entity(entityClass.getSimpleName()).orElseThrow();
            if (entity.uniqueKey().isEmpty()) {
                continue;
            }
            List<String> columns = entity.uniqueKey().stream().map(f -> columnOf(descriptor, f)).toList();
            boolean enforced = database.indexes(descriptor.getTableName()).stream()
                    .anyMatch(index -> index.unique() && index.columns().equals(columns));
            if (!enforced) {
                problems.add(entity.name() + ": no unique index on " + columns);
            }
        }
        return problems;
    }

    /** Every reference column has a cascading foreign key to the right table and leads some index. */
    List<String> referencesWithoutCascadingIndexedForeignKey() {
        List<String> problems = new ArrayList<>();
        for (Class<?> entityClass : IcatEntities.CLASSES) {
            ClassDescriptor descriptor = session.getDescriptor(entityClass);
            String table = descriptor.getTableName();
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (!(mapping instanceof OneToOneMapping toOne)) {
                    continue;
                }
                String column = DatabaseSchema.upper(only(toOne.getForeignKeyFields()));
                String target = DatabaseSchema.upper(toOne.getReferenceDescriptor().getTableName());
                boolean cascading = database.foreignKeys(table).stream()
                        .anyMatch(fk -> fk.column().equals(column) && fk.targetTable().equals(target)
                                && fk.cascadesOnDelete());
                if (!cascading) {
                    problems.add(table + "." + column + ": no ON DELETE CASCADE foreign key to " + target);
                }
                if (!leadsAnIndex(table, column)) {
                    problems.add(table + "." + column + ": not the first column of any index");
                }
            }
        }
        return problems;
    }

    boolean leadsAnIndex(String table, String column) {
        return database.indexes(table).stream().anyMatch(index -> index.columns().get(0).equals(column));
    }

    private void checkColumnExists(String where, String table, String column, List<String> problems) {
        if (!database.columns(table).containsKey(DatabaseSchema.upper(column))) {
            problems.add(where + ": no column " + table + "." + column);
        }
    }

    private void checkColumn(String where, String table, String column, Set<Integer> types, boolean nullable,
            int maxLength, List<String> problems) {
        DatabaseSchema.Column actual = database.columns(table).get(DatabaseSchema.upper(column));
        if (actual == null) {
            problems.add(where + ": no column " + table + "." + column);
            return;
        }
        if (!types.contains(actual.jdbcType())) {
            problems.add(where + ": column type " + actual.typeName() + " does not fit");
        }
        if (actual.nullable() != nullable) {
            problems.add(where + ": column is " + (actual.nullable() ? "nullable" : "NOT NULL"));
        }
        if (maxLength > 0 && actual.size() != maxLength) {
            problems.add(where + ": column length " + actual.size() + ", model says " + maxLength);
        }
    }

    private String columnOf(ClassDescriptor descriptor, String fieldName) {
        DatabaseMapping mapping = descriptor.getMappingForAttributeName(fieldName);
        if (mapping instanceof OneToOneMapping toOne) {
            return DatabaseSchema.upper(only(toOne.getForeignKeyFields()));
        }
        return DatabaseSchema.upper(((AbstractDirectMapping) mapping).getField().getName());
    }

    private static boolean isPrimitive(Class<?> entityClass, String fieldName) {
        for (Class<?> c = entityClass; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(fieldName).getType().isPrimitive();
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        throw new IllegalArgumentException(entityClass.getSimpleName() + " has no field " + fieldName);
    }

    private static String only(List<DatabaseField> fields) {
        if (fields.size() != 1) {
            throw new IllegalStateException("expected one column, got " + fields);
        }
        return fields.get(0).getName();
    }

    /** JDBC types a value type may be stored as. PostgreSQL reports booleans as BIT. */
    private static Set<Integer> jdbcTypes(ValueType type) {
        return switch (type) {
            case STRING, ENUM -> Set.of(Types.VARCHAR);
            case LONG -> Set.of(Types.BIGINT);
            case INTEGER -> Set.of(Types.INTEGER);
            case DOUBLE -> Set.of(Types.DOUBLE);
            case BOOLEAN -> Set.of(Types.BOOLEAN, Types.BIT);
            case TIMESTAMP -> Set.of(Types.TIMESTAMP);
        };
    }
}
