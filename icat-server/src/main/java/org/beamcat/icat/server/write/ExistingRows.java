package org.beamcat.icat.server.write;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.entity.EntityBase;
import org.beamcat.icat.server.json.EntityAccessor;

/**
 * Rows that a write refers to by id, each looked up once per call: ten thousand datafiles of one dataset cost one
 * lookup of the dataset, not ten thousand.
 */
final class ExistingRows {

    private record Key(Class<?> type, long id) {
    }

    private final EntityManager em;
    private final Map<Key, EntityBase> found = new HashMap<>();

    ExistingRows(EntityManager em) {
        this.em = em;
    }

    /** The managed row, or NO_SUCH_OBJECT_FOUND "Dataset[id:42] not found." */
    EntityBase find(EntityAccessor accessor, long id) throws IcatServerException {
        Key key = new Key(accessor.type(), id);
        EntityBase row = found.get(key);
        if (row == null) {
            row = em.find(accessor.type(), id);
            if (row == null) {
                throw notFound(accessor.name(), id);
            }
            found.put(key, row);
        }
        return row;
    }

    static IcatServerException notFound(String entityName, long id) {
        return new IcatServerException(IcatErrorType.NO_SUCH_OBJECT_FOUND, entityName + "[id:" + id + "] not found.");
    }
}
