package org.beamcat.icat.server.write;

import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.json.EntityAccessors;
import org.beamcat.icat.server.json.EntityDescription;
import org.beamcat.icat.server.json.EntityId;
import org.beamcat.icat.server.json.EntityJsonReader;
import org.beamcat.icat.server.json.IcatDateFormat;
import org.beamcat.icat.server.persistence.CatalogueDatabase;

/** Runs POST and DELETE bodies through the reader and the use cases, each in its own transaction, as REST will. */
final class Writes {

    static final EntityAccessors ACCESSORS = EntityAccessors.ofIcatEntities();
    static final IcatDateFormat DATES = new IcatDateFormat(ZoneOffset.UTC);
    static final Date NOW = new Date(1_709_288_100_123L); // 2024-03-01T10:15:00.123Z
    static final Caller ALICE = new Caller("simple/alice", false);

    private final CatalogueDatabase db;
    private final EntityJsonReader reader = new EntityJsonReader(ACCESSORS, DATES);
    private final Clock clock = Clock.fixed(Instant.ofEpochMilli(NOW.getTime()), ZoneOffset.UTC);

    Writes(CatalogueDatabase db) {
        this.db = db;
    }

    List<Long> write(String entities) throws IcatServerException {
        return write(entities, WriteAuthorizer.ROOT, WriteSettings.defaults());
    }

    List<Long> write(String entities, WriteAuthorizer authorizer, WriteSettings settings) throws IcatServerException {
        List<EntityDescription> elements = reader.readWrites(entities);
        return db.inTransaction(em -> new EntityWriter(em, ACCESSORS, ALICE, authorizer, settings, DATES, clock)
                .write(elements));
    }

    void delete(String entities) throws IcatServerException {
        delete(entities, WriteAuthorizer.ROOT, WriteSettings.defaults());
    }

    void delete(String entities, WriteAuthorizer authorizer, WriteSettings settings) throws IcatServerException {
        List<EntityId> targets = reader.readDeletes(entities);
        db.inTransaction(em -> {
            new EntityDeleter(em, ACCESSORS, ALICE, authorizer, settings).delete(targets);
            return null;
        });
    }

    /** A JPQL count, with positional parameters ?1, ?2, … */
    long count(String jpql, Object... parameters) {
        return db.inTransaction(em -> {
            TypedQuery<Long> query = em.createQuery(jpql, Long.class);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.getSingleResult();
        });
    }

    <T> T find(Class<T> type, long id) {
        return db.inTransaction(em -> em.find(type, id));
    }
}
