package org.beamcat.icat.server.model;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.beamcat.icat.server.entity.IcatEntities;

/**
 * The entity model read once, by reflection, from the JPA annotations of the entity classes: the
 * annotations are the single description of the schema, so the query language, the rules and the REST
 * layer cannot disagree with what is stored. Immutable and thread-safe.
 */
public final class AnnotatedEntityModel implements EntityModel {

    private final Map<String, EntityInfo> entities;

    public AnnotatedEntityModel(Collection<? extends Class<?>> entityClasses) {
        Map<String, EntityInfo> byName = new TreeMap<>();
        for (Class<?> entityClass : entityClasses) {
            EntityInfo info = EntityClassReader.read(entityClass);
            if (byName.put(info.name(), info) != null) {
                throw new IllegalArgumentException("Two entity classes are named " + info.name());
            }
        }
        this.entities = Collections.unmodifiableMap(byName);
        requireKnownTargets();
    }

    /** The model of the catalogue's own entities. */
    public static AnnotatedEntityModel ofIcatEntities() {
        return new AnnotatedEntityModel(IcatEntities.CLASSES);
    }

    @Override
    public Optional<EntityInfo> entity(String name) {
        return Optional.ofNullable(entities.get(name));
    }

    @Override
    public Set<String> entityNames() {
        return entities.keySet();
    }

    private void requireKnownTargets() {
        for (EntityInfo entity : entities.values()) {
            for (FieldInfo field : entity.fields()) {
                if (field.isRelationship() && !entities.containsKey(field.targetEntity())) {
                    throw new IllegalArgumentException(entity.name() + "." + field.name() + " refers to "
                            + field.targetEntity() + ", which is not in the model");
                }
            }
        }
    }
}
