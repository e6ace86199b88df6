package org.beamcat.icat.server.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one entity class (and its mapped superclasses) into an {@link EntityInfo}, from JPA
 * annotations only:
 * <ul>
 * <li>{@code @ManyToOne} is a to-one reference, required when not optional or its join column is not
 * nullable; {@code @OneToMany} is a to-many collection, never required;</li>
 * <li>any other persistent field is an attribute, required when its column is not nullable, except
 * primitives (ICAT's booleans such as {@code Dataset.complete} default to false and need no value);
 * strings carry their column length;</li>
 * <li>the unique key is the one {@code @UniqueConstraint} of {@code @Table}, as field names.</li>
 * </ul>
 */
final class EntityClassReader {

    private static final int DEFAULT_STRING_LENGTH = 255;

    private EntityClassReader() {
    }

    static AnnotatedEntityInfo read(Class<?> entityClass) {
        if (!entityClass.isAnnotationPresent(Entity.class)) {
            throw new IllegalArgumentException(entityClass.getName() + " is not an @Entity");
        }
        Map<String, FieldInfo> fields = new HashMap<>();
        Map<String, String> fieldByColumn = new HashMap<>();
        for (Class<?> c = entityClass; isMapped(c); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (isPersistent(field)) {
                    fields.put(field.getName(), describe(field));
                    String column = columnName(field);
                    if (column != null) {
                        fieldByColumn.put(column.toUpperCase(Locale.ROOT), field.getName());
                    }
                }
            }
        }
        return new AnnotatedEntityInfo(entityName(entityClass), fields, uniqueKey(entityClass, fieldByColumn));
    }

    static String entityName(Class<?> entityClass) {
        Entity entity = entityClass.getAnnotation(Entity.class);
        return entity == null || entity.name().isEmpty() ? entityClass.getSimpleName() : entity.name();
    }

    private static boolean isMapped(Class<?> c) {
        return c != null && (c.isAnnotationPresent(Entity.class) || c.isAnnotationPresent(MappedSuperclass.class));
    }

    private static boolean isPersistent(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)
                && !field.isAnnotationPresent(Transient.class);
    }

    private static FieldInfo describe(Field field) {
        String where = field.getDeclaringClass().getSimpleName() + "." + field.getName();
        if (field.isAnnotationPresent(OneToOne.class) || field.isAnnotationPresent(ManyToMany.class)) {
            throw new IllegalArgumentException(where + ": ICAT has only many-to-one and one-to-many relationships");
        }
        ManyToOne toOne = field.getAnnotation(ManyToOne.class);
        if (toOne != null) {
            JoinColumn join = field.getAnnotation(JoinColumn.class);
            boolean required = !toOne.optional() || (join != null && !join.nullable());
            return new FieldInfo(field.getName(), FieldKind.TO_ONE, null, entityName(field.getType()), required, 0);
        }
        if (field.isAnnotationPresent(OneToMany.class)) {
            return new FieldInfo(field.getName(), FieldKind.TO_MANY, null, entityName(elementType(field)), false, 0);
        }
        ValueType type = valueType(field.getType(), where);
        Column column = field.getAnnotation(Column.class);
        boolean required = column != null && !column.nullable() && !field.getType().isPrimitive();
        int maxLength = type != ValueType.STRING ? 0 : column == null ? DEFAULT_STRING_LENGTH : column.length();
        return new FieldInfo(field.getName(), FieldKind.ATTRIBUTE, type, null, required, maxLength);
    }

    private static Class<?> elementType(Field collection) {
        OneToMany toMany = collection.getAnnotation(OneToMany.class);
        if (toMany.targetEntity() != void.class) {
            return toMany.targetEntity();
        }
        if (collection.getGenericType() instanceof ParameterizedType generic
                && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        throw new IllegalArgumentException(collection.getName() + ": cannot tell the element type");
    }

    private static ValueType valueType(Class<?> type, String where) {
        if (type == String.class) {
            return ValueType.STRING;
        } else if (type == Long.class || type == long.class) {
            return ValueType.LONG;
        } else if (type == Integer.class || type == int.class) {
            return ValueType.INTEGER;
        } else if (type == Double.class || type == double.class) {
            return ValueType.DOUBLE;
        } else if (type == Boolean.class || type == boolean.class) {
            return ValueType.BOOLEAN;
        } else if (type == Date.class || type == LocalDateTime.class) {
            return ValueType.TIMESTAMP;
        } else if (type.isEnum()) {
            return ValueType.ENUM;
        }
        throw new IllegalArgumentException(where + ": no ICAT value type for " + type.getName());
    }

    private static String columnName(Field field) {
        JoinColumn join = field.getAnnotation(JoinColumn.class);
        if (join != null) {
            return join.name();
        }
        Column column = field.getAnnotation(Column.class);
        return column != null && !column.name().isEmpty() ? column.name() : null;
    }

    private static List<String> uniqueKey(Class<?> entityClass, Map<String, String> fieldByColumn) {
        Table table = entityClass.getAnnotation(Table.class);
        if (table == null || table.uniqueConstraints().length == 0) {
            return List.of();
        }
        if (table.uniqueConstraints().length > 1) {
            throw new IllegalArgumentException(entityClass.getSimpleName() + ": ICAT allows one uniqueness constraint");
        }
        UniqueConstraint constraint = table.uniqueConstraints()[0];
        List<String> key = new ArrayList<>();
        for (String column : constraint.columnNames()) {
            String field = fieldByColumn.get(column.toUpperCase(Locale.ROOT));
            if (field == null) {
                throw new IllegalArgumentException(entityClass.getSimpleName() + ": unique column " + column
                        + " is not mapped by any field");
            }
            key.add(field);
        }
        return key;
    }
}
