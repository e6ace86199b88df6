package org.beamcat.icat.server.json;

import jakarta.persistence.Entity;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.beamcat.icat.server.entity.EntityBase;
import org.beamcat.icat.server.entity.IcatEntities;
import org.beamcat.icat.server.model.AnnotatedEntityModel;
import org.beamcat.icat.server.model.EntityInfo;
import org.beamcat.icat.server.model.EntityModel;

/**
 * The {@link EntityAccessor} of every entity, by ICAT name and by class: the bridge between the entity model (names
 * and field descriptions) and the Java classes that hold the values. Immutable and thread-safe; build it once.
 */
public final class EntityAccessors {

    private final EntityModel model;
    private final Map<String, EntityAccessor> byName = new HashMap<>();
    private final Map<Class<?>, EntityAccessor> byClass = new HashMap<>();

    public EntityAccessors(EntityModel model, Collection<Class<? extends EntityBase>> classes) {
        this.model = model;
        for (Class<? extends EntityBase> type : classes) {
            String name = entityName(type);
            EntityInfo info = model.entity(name)
                    .orElseThrow(() -> new IllegalArgumentException(name + " is not in the entity model"));
            EntityAccessor accessor = new EntityAccessor(info, type);
            byName.put(name, accessor);
            byClass.put(type, accessor);
        }
    }

    /** The catalogue's own entities and model. */
    public static EntityAccessors ofIcatEntities() {
        return new EntityAccessors(AnnotatedEntityModel.ofIcatEntities(), IcatEntities.CLASSES);
    }

    public EntityModel model() {
        return model;
    }

    public EntityAccessor of(String entityName) {
        EntityAccessor accessor = byName.get(entityName);
        if (accessor == null) {
            throw new IllegalArgumentException(entityName + " is not an ICAT entity");
        }
        return accessor;
    }

    public EntityAccessor of(EntityBase entity) {
        return of(entity.getClass());
    }

    public EntityAccessor of(Class<?> type) {
        // Walk up in case a provider ever hands out a subclass (a proxy) of an entity class.
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            EntityAccessor accessor = byClass.get(c);
            if (accessor != null) {
                return accessor;
            }
        }
        throw new IllegalArgumentException(type.getName() + " is not an ICAT entity class");
    }

    private static String entityName(Class<?> type) {
        Entity entity = type.getAnnotation(Entity.class);
        return entity == null || entity.name().isEmpty() ? type.getSimpleName() : entity.name();
    }
}
