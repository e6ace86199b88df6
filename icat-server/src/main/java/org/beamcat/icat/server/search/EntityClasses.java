package org.beamcat.icat.server.search;

import java.util.HashMap;
import java.util.Map;
import org.beamcat.icat.server.entity.EntityBase;
import org.beamcat.icat.server.entity.IcatEntities;

/** ICAT entity name to JPA entity class; the names are the classes' simple names. */
final class EntityClasses {

    private static final Map<String, Class<? extends EntityBase>> BY_NAME = new HashMap<>();

    static {
        for (Class<? extends EntityBase> type : IcatEntities.CLASSES) {
            BY_NAME.put(type.getSimpleName(), type);
        }
    }

    private EntityClasses() {
    }

    static Class<? extends EntityBase> of(String entity) {
        Class<? extends EntityBase> type = BY_NAME.get(entity);
        if (type == null) {
            throw new IllegalArgumentException("not an entity: " + entity);
        }
        return type;
    }
}
