package org.beamcat.icat.server.write;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.entity.EntityBase;
import org.beamcat.icat.server.entity.Parameter;
import org.beamcat.icat.server.json.EntityAccessors;
import org.beamcat.icat.server.json.EntityDescription;
import org.beamcat.icat.server.json.IcatDateFormat;

/**
 * POST {@code entityManager}: creates and updates (contract 1.4.5) in the caller's transaction, all or nothing.
 *
 * <p>In order: count the objects against maxEntities; build every object in memory and look up every referenced
 * row (once per row); check required fields, lengths and parameter rules; check unique keys within the call and,
 * set-based, against stored rows. Only then is anything persisted: one loop, flushed and cleared every
 * {@link WriteSettings#flushEvery()} new rows so that thousands of rows go out in JDBC batches, with the CREATE
 * check after each flush. Any failure is an {@link IcatServerException} whose offset is the index of the request
 * element; the caller must then roll back (whatever was flushed is only in its transaction).
 *
 * <p>Not thread-safe: one instance per call, like the {@link EntityManager} it uses. It detaches the rows it
 * created from that entity manager after each flush.
 */
public final class EntityWriter {

    private final EntityManager em;
    private final EntityAccessors accessors;
    private final Caller caller;
    private final WriteAuthorizer authorizer;
    private final WriteSettings settings;
    private final IcatDateFormat dates;
    private final Clock clock;
    private WriteListener listener = WriteListener.NONE;

    public EntityWriter(EntityManager em, EntityAccessors accessors, Caller caller, WriteAuthorizer authorizer,
            WriteSettings settings, IcatDateFormat dates, Clock clock) {
        this.em = em;
        this.accessors = accessors;
        this.caller = caller;
        this.authorizer = authorizer;
        this.settings = settings;
        this.dates = dates;
        this.clock = clock;
    }

    public EntityWriter(EntityManager em, EntityAccessors accessors, Caller caller, WriteAuthorizer authorizer,
            WriteSettings settings) {
        this(em, accessors, caller, authorizer, settings, IcatDateFormat.systemDefault(), Clock.systemUTC());
    }

    /** Tells {@code listener} about the rows each write creates or updates, in the write's transaction. */
    public EntityWriter withListener(WriteListener listener) {
        this.listener = listener;
        return this;
    }

    /**
     * Sees each request element's row (the new top-level object, or the updated row) once it is built, before the
     * checks and the persist: {@code port}'s import with ALL gives new rows the dump's creators and times here.
     */
    @FunctionalInterface
    public interface BuiltRows {
        BuiltRows NONE = (offset, entity) -> { };

        void built(int offset, EntityBase entity);
    }

    /** Writes the elements in order; returns the ids of the top-level objects created, in order. */
    public List<Long> write(List<EntityDescription> elements) throws IcatServerException {
        return write(elements, BuiltRows.NONE);
    }

    /** {@link #write(List)}, with {@code builtRows} told about each element's row as soon as it is built. */
    public List<Long> write(List<EntityDescription> elements, BuiltRows builtRows) throws IcatServerException {
        checkCount(elements);
        ExistingRows rows = new ExistingRows(em);
        ObjectBuilder builder = new ObjectBuilder(accessors, rows, authorizer, caller, new Date(clock.millis()));
        List<EntityBase> createdTopLevel = new ArrayList<>();
        for (int offset = 0; offset < elements.size(); offset++) {
            EntityDescription element = elements.get(offset);
            try {
                EntityBase entity = builder.build(element, offset);
                builtRows.built(offset, entity);
                if (element.isCreate()) {
                    createdTopLevel.add(entity);
                }
            } catch (IcatServerException e) {
                throw Offsets.at(e, offset);
            }
        }
        List<WrittenRow> written = builder.written();
        validate(written);
        new UniqueKeys(em, dates, settings.maxIdsInQuery()).check(written);
        persist(written);
        tellListener(written);
        List<Long> ids = new ArrayList<>(createdTopLevel.size());
        for (EntityBase entity : createdTopLevel) {
            ids.add(entity.getId());
        }
        return ids;
    }

    /** Per entity, created rows and updated rows, each in the order written. */
    private void tellListener(List<WrittenRow> written) throws IcatServerException {
        Map<String, List<Long>> created = new LinkedHashMap<>();
        Map<String, List<Long>> updated = new LinkedHashMap<>();
        for (WrittenRow row : written) {
            (row.created() ? created : updated).computeIfAbsent(row.accessor().name(), name -> new ArrayList<>())
                    .add(row.entity().getId());
        }
        for (Map.Entry<String, List<Long>> rows : created.entrySet()) {
            listener.written(rows.getKey(), rows.getValue(), true);
        }
        for (Map.Entry<String, List<Long>> rows : updated.entrySet()) {
            listener.written(rows.getKey(), rows.getValue(), false);
        }
    }

    private void checkCount(List<EntityDescription> elements) throws IcatServerException {
        long count = 0;
        for (EntityDescription element : elements) {
            count += element.objectCount();
        }
        if (count > settings.maxEntities()) {
            throw new IcatServerException(IcatErrorType.VALIDATION,
                    "attempt to process more than " + settings.maxEntities() + " entities");
        }
    }

    private void validate(List<WrittenRow> written) throws IcatServerException {
        ParameterRules parameters = new ParameterRules(em);
        for (WrittenRow row : written) {
            try {
                FieldRules.check(row.accessor(), row.entity());
                if (row.entity() instanceof Parameter parameter) {
                    parameters.check(parameter);
                }
            } catch (IcatServerException e) {
                throw Offsets.at(e, row.offset());
            }
        }
    }

    /**
     * One persist loop, flushing between request elements once enough new rows are waiting. After a flush the new
     * rows are detached (a targeted clear): the context stays small, while the rows they refer to (a dataset shared
     * by ten thousand datafiles) stay managed and need no second lookup.
     */
    private void persist(List<WrittenRow> written) throws IcatServerException {
        List<WrittenRow> batch = new ArrayList<>();
        int waiting = 0;
        for (int i = 0; i < written.size(); i++) {
            WrittenRow row = written.get(i);
            if (row.created()) {
                em.persist(row.entity());
                waiting++;
            }
            batch.add(row);
            boolean elementEnds = i + 1 == written.size() || written.get(i + 1).offset() != row.offset();
            if (elementEnds && waiting >= settings.flushEvery()) {
                flush(batch);
                for (WrittenRow flushed : batch) {
                    if (flushed.created()) {
                        em.detach(flushed.entity());
                    }
                }
                batch.clear();
                waiting = 0;
            }
        }
        flush(batch); // also writes pure updates, so their failures surface here, with an offset
    }

    private void flush(List<WrittenRow> batch) throws IcatServerException {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw DatabaseFailures.map(e, batch, dates);
        }
        List<EntityBase> created = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        for (WrittenRow row : batch) {
            if (row.needsCreateCheck()) {
                created.add(row.entity());
                offsets.add(row.offset());
            }
        }
        if (!created.isEmpty()) {
            try {
                authorizer.checkAll(caller, WriteOperation.CREATE, created);
            } catch (IcatServerException e) {
                throw Offsets.fromIndex(e, offsets.stream().mapToInt(Integer::intValue).toArray());
            }
        }
    }
}
