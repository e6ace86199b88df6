package org.beamcat.icat.server.write;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.server.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.entity.EntityBase;
import org.beamcat.icat.server.json.EntityAccessor;
import org.beamcat.icat.server.json.EntityAccessors;
import org.beamcat.icat.server.json.EntityId;

/**
 * DELETE {@code entityManager} (contract 1.4.6) in the caller's transaction, all or nothing. Consecutive rows of
 * one entity are handled in chunks of maxIdsInQuery: one query loads the chunk (a missing id is
 * NO_SUCH_OBJECT_FOUND "Dataset[id:42] not found." with its offset), the authorizer checks it and, set-based, every
 * descendant the cascade will remove (DELETE permission, contract 1.4.6), one statement deletes it. Descendants go with their parent through the schema's {@code ON DELETE CASCADE}, in the database,
 * without being loaded; the persistence context is cleared after each chunk so that no stale copy of them
 * survives.
 */
public final class EntityDeleter {

    private final EntityManager em;
    private final EntityAccessors accessors;
    private final Caller caller;
    private final WriteAuthorizer authorizer;
    private final WriteSettings settings;
    private WriteListener listener = WriteListener.NONE;

    public EntityDeleter(EntityManager em, EntityAccessors accessors, Caller caller, WriteAuthorizer authorizer,
            WriteSettings settings) {
        this.em = em;
        this.accessors = accessors;
        this.caller = caller;
        this.authorizer = authorizer;
        this.settings = settings;
    }

    /** Tells {@code listener} about the rows each delete removes, before removing them, in its transaction. */
    public EntityDeleter withListener(WriteListener listener) {
        this.listener = listener;
        return this;
    }

    public void delete(List<EntityId> targets) throws IcatServerException {
        if (targets.size() > settings.maxEntities()) {
            throw new IcatServerException(IcatErrorType.VALIDATION,
                    "attempt to process more than " + settings.maxEntities() + " entities");
        }
        int from = 0;
        while (from < targets.size()) {
            String entity = targets.get(from).entity().name();
            int to = from;
            while (to < targets.size() && to - from < settings.maxIdsInQuery()
                    && targets.get(to).entity().name().equals(entity)) {
                to++;
            }
            deleteChunk(accessors.of(entity), targets, from, to);
            from = to;
        }
    }

    private void deleteChunk(EntityAccessor accessor, List<EntityId> targets, int from, int to)
            throws IcatServerException {
        Set<Long> ids = new LinkedHashSet<>();
        for (int i = from; i < to; i++) {
            ids.add(targets.get(i).id());
        }
        // Names come from the entity model, never from the request; ids are bound.
        Map<Long, EntityBase> found = new HashMap<>();
        for (EntityBase row : em.createQuery("SELECT e FROM " + accessor.name() + " e WHERE e.id IN :ids",
                accessor.type()).setParameter("ids", List.copyOf(ids)).getResultList()) {
            found.put(row.getId(), row);
        }
        List<EntityBase> rows = new ArrayList<>();
        int[] offsets = new int[to - from];
        for (int i = from; i < to; i++) {
            EntityBase row = found.get(targets.get(i).id());
            if (row == null) {
                throw Offsets.at(ExistingRows.notFound(accessor.name(), targets.get(i).id()), i);
            }
            offsets[rows.size()] = i;
            rows.add(row);
        }
        try {
            authorizer.checkAll(caller, WriteOperation.DELETE, rows);
            authorizer.checkCascadedDeletes(caller, accessor.name(), rows.stream().map(EntityBase::getId).toList());
        } catch (IcatServerException e) {
            throw Offsets.fromIndex(e, offsets);
        }
        listener.deleting(accessor.name(), List.copyOf(ids));
        em.createQuery("DELETE FROM " + accessor.name() + " e WHERE e.id IN :ids")
                .setParameter("ids", List.copyOf(ids)).executeUpdate();
        em.clear();
    }
}
