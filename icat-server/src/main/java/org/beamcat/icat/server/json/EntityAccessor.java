package org.beamcat.icat.server.json;

import jakarta.persistence.OneToMany;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beamcat.icat.server.entity.EntityBase;
import org.beamcat.icat.server.model.EntityInfo;
import org.beamcat.icat.server.model.FieldInfo;

/**
 * Reads and sets the fields of one entity class through its getters and setters, never the fields themselves:
 * inside Payara EclipseLink weaves the accessors to load lazy relations, so going around them would read a
 * relation that is not loaded as null. Built once per class; thread-safe.
 */
public final class EntityAccessor {

    /** ICAT writes these first, in this order; everything else follows alphabetically (contract 1.4.4). */
    public static final List<String> SYSTEM_FIELDS = List.of("id", "createId", "createTime", "modId", "modTime");

    private static final MethodType GETTER = MethodType.methodType(Object.class, EntityBase.class);
    private static final MethodType SETTER = MethodType.methodType(void.class, EntityBase.class, Object.class);

    private final EntityInfo info;
    private final Class<? extends EntityBase> type;
    private final MethodHandle constructor;
    private final Map<String, MethodHandle> getters = new HashMap<>();
    private final Map<String, MethodHandle> setters = new HashMap<>();
    private final Map<String, Class<?>> javaTypes = new HashMap<>();
    private final Map<String, String> inverseFields = new HashMap<>();
    private final List<FieldInfo> outputOrder;

    EntityAccessor(EntityInfo info, Class<? extends EntityBase> type) {
        this.info = info;
        this.type = type;
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        try {
            constructor = lookup.findConstructor(type, MethodType.methodType(void.class))
                    .asType(MethodType.methodType(EntityBase.class));
            for (FieldInfo field : info.fields()) {
                Field javaField = javaField(type, field.name());
                Class<?> fieldType = javaField.getType();
                javaTypes.put(field.name(), fieldType);
                String suffix = Character.toUpperCase(field.name().charAt(0)) + field.name().substring(1);
                String getter = (fieldType == boolean.class ? "is" : "get") + suffix;
                getters.put(field.name(), lookup.findVirtual(type, getter, MethodType.methodType(fieldType)).asType(GETTER));
                setters.put(field.name(), lookup.findVirtual(type, "set" + suffix,
                        MethodType.methodType(void.class, fieldType)).asType(SETTER));
                OneToMany toMany = javaField.getAnnotation(OneToMany.class);
                if (toMany != null) {
                    inverseFields.put(field.name(), toMany.mappedBy());
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(type.getName() + " lacks a public accessor: " + e.getMessage(), e);
        }
        this.outputOrder = outputOrder(info);
    }

    public EntityInfo info() {
        return info;
    }

    public String name() {
        return info.name();
    }

    public Class<? extends EntityBase> type() {
        return type;
    }

    public EntityBase newInstance() {
        try {
            return (EntityBase) constructor.invokeExact();
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot create a " + info.name(), e);
        }
    }

    public Object get(EntityBase entity, String field) {
        try {
            return (Object) handle(getters, field).invokeExact(entity);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot read " + info.name() + "." + field, e);
        }
    }

    /** Sets a field; {@code value} must already have the field's Java type (the reader takes care of that). */
    public void set(EntityBase entity, String field, Object value) {
        try {
            handle(setters, field).invokeExact(entity, value);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot set " + info.name() + "." + field, e);
        }
    }

    /** True for fields such as {@code Dataset.complete} that are Java primitives and so can never be null. */
    public boolean isPrimitive(String field) {
        Class<?> javaType = javaTypes.get(field);
        return javaType != null && javaType.isPrimitive();
    }

    /** The Java type of a field, e.g. the enum class of {@code ParameterType.valueType}. */
    public Class<?> javaType(String field) {
        Class<?> javaType = javaTypes.get(field);
        if (javaType == null) {
            throw new IllegalArgumentException("Field " + field + " not found in " + info.name());
        }
        return javaType;
    }

    /** For a to-many field, the to-one field of the children that points back, e.g. datafiles → dataset. */
    public String inverseField(String toManyField) {
        String inverse = inverseFields.get(toManyField);
        if (inverse == null) {
            throw new IllegalArgumentException(info.name() + "." + toManyField + " is not a to-many relationship");
        }
        return inverse;
    }

    /** Every field in the order ICAT writes them: the system fields, then the rest by name. */
    public List<FieldInfo> outputOrder() {
        return outputOrder;
    }

    private MethodHandle handle(Map<String, MethodHandle> handles, String field) {
        MethodHandle handle = handles.get(field);
        if (handle == null) {
            throw new IllegalArgumentException("Field " + field + " not found in " + info.name());
        }
        return handle;
    }

    private static List<FieldInfo> outputOrder(EntityInfo info) {
        List<FieldInfo> order = new ArrayList<>();
        for (String system : SYSTEM_FIELDS) {
            info.field(system).ifPresent(order::add);
        }
        Set<String> first = Set.copyOf(SYSTEM_FIELDS);
        // EntityInfo keeps its fields sorted by name already; sort anyway so no model can break the contract.
        info.fields().stream().filter(f -> !first.contains(f.name()))
                .sorted((a, b) -> a.name().compareTo(b.name())).forEach(order::add);
        return Collections.unmodifiableList(order);
    }

    private static Field javaField(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        throw new NoSuchFieldException(type.getSimpleName() + "." + name);
    }
}
