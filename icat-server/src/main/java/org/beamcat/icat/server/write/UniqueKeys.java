package org.beamcat.icat.server.write;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.entity.EntityBase;
import org.beamcat.icat.server.json.EntityAccessor;
import org.beamcat.icat.server.json.IcatDateFormat;
import org.beamcat.icat.server.model.FieldInfo;
import org.beamcat.icat.server.model.FieldKind;

/**
 * Finds unique-key clashes before anything is flushed (contract 1.4.5, 2.1): between rows of the same call, in
 * memory, and with stored rows, set-based. Stored rows are checked per entity with one query per group of rows that
 * share all key fields but one, that one field going into an IN list: ten thousand datafiles of one dataset cost
 * {@code 10000 / maxIdsInQuery} queries, not ten thousand. The database's own constraint remains the last line
 * (see {@link DatabaseFailures}).
 */
final class UniqueKeys {

    /** A related row created in this call: it has no id yet, so it is compared by identity. */
    private record NewRow(EntityBase entity) {
        @Override
        public boolean equals(Object other) {
            return other instanceof NewRow row && row.entity == entity;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(entity);
        }
    }

    private record Candidate(WrittenRow row, List<Object> key) {
    }

    private final EntityManager em;
    private final IcatDateFormat dates;
    private final int maxIdsInQuery;

    UniqueKeys(EntityManager em, IcatDateFormat dates, int maxIdsInQuery) {
        this.em = em;
        this.dates = dates;
        this.maxIdsInQuery = maxIdsInQuery;
    }

    void check(List<WrittenRow> rows) throws IcatServerException {
        Map<String, List<Candidate>> byEntity = new LinkedHashMap<>();
        Set<EntityBase> created = Collections.newSetFromMap(new IdentityHashMap<>());
        for (WrittenRow row : rows) {
            if (row.created()) {
                created.add(row.entity());
            }
        }
        for (WrittenRow row : rows) {
            if (row.keyChanged() && !row.accessor().info().uniqueKey().isEmpty()) {
                byEntity.computeIfAbsent(row.accessor().name(), n -> new ArrayList<>())
                        .add(new Candidate(row, key(row, created)));
            }
        }
        List<IcatServerException> clashes = new ArrayList<>();
        for (List<Candidate> candidates : byEntity.values()) {
            clashes.addAll(withinCall(candidates));
            clashes.addAll(withStoredRows(candidates));
        }
        if (!clashes.isEmpty()) {
            throw clashes.stream().min(Comparator.comparingInt(IcatServerException::offset)).orElseThrow();
        }
    }

    /** Two rows of this call with the same key: the later one is refused. */
    private List<IcatServerException> withinCall(List<Candidate> candidates) {
        List<IcatServerException> clashes = new ArrayList<>();
        Map<List<Object>, Candidate> seen = new HashMap<>();
        for (Candidate candidate : candidates) {
            Candidate earlier = seen.putIfAbsent(candidate.key(), candidate);
            if (earlier != null && earlier.row().entity() != candidate.row().entity()) {
                clashes.add(exists(candidate));
            }
        }
        return clashes;
    }

    private List<IcatServerException> withStoredRows(List<Candidate> candidates) {
        EntityAccessor accessor = candidates.get(0).row().accessor();
        List<String> key = accessor.info().uniqueKey();
        int listed = listedField(accessor, key);
        // Rows this call changes are compared in memory above; their stored key is about to change.
        Set<Long> rekeyed = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (!candidate.row().created()) {
                rekeyed.add(candidate.row().entity().getId());
            }
        }
        Map<List<Object>, List<Candidate>> groups = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            if (candidate.key().stream().noneMatch(NewRow.class::isInstance)) {
                List<Object> shared = new ArrayList<>(candidate.key());
                shared.remove(listed);
                groups.computeIfAbsent(shared, k -> new ArrayList<>()).add(candidate);
            }
        }
        List<IcatServerException> clashes = new ArrayList<>();
        for (Map.Entry<List<Object>, List<Candidate>> group : groups.entrySet()) {
            List<Candidate> members = group.getValue();
            for (int from = 0; from < members.size(); from += maxIdsInQuery) {
                List<Candidate> chunk = members.subList(from, Math.min(members.size(), from + maxIdsInQuery));
                Map<Object, Long> stored = storedKeys(accessor, key, listed, group.getKey(), chunk);
                for (Candidate candidate : chunk) {
                    Long other = stored.get(candidate.key().get(listed));
                    if (other != null && !other.equals(candidate.row().entity().getId()) && !rekeyed.contains(other)) {
                        clashes.add(exists(candidate));
                    }
                }
            }
        }
        return clashes;
    }

    /** Stored rows whose key matches a chunk of one group: listed-field value → row id. */
    private Map<Object, Long> storedKeys(EntityAccessor accessor, List<String> key, int listed, List<Object> shared,
            List<Candidate> chunk) {
        // Names come from the entity model, never from the request; values are bound.
        StringBuilder jpql = new StringBuilder("SELECT e.id, e.").append(path(accessor, key.get(listed)))
                .append(" FROM ").append(accessor.name()).append(" e WHERE e.")
                .append(path(accessor, key.get(listed))).append(" IN :listed");
        int parameter = 0;
        for (int i = 0; i < key.size(); i++) {
            if (i != listed) {
                jpql.append(" AND e.").append(path(accessor, key.get(i))).append(" = :k").append(parameter++);
            }
        }
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class)
                .setFlushMode(FlushModeType.COMMIT); // nothing of this call is in the database yet, by design
        List<Object> values = new ArrayList<>();
        for (Candidate candidate : chunk) {
            values.add(candidate.key().get(listed));
        }
        query.setParameter("listed", values.stream().map(UniqueKeys::bindable).distinct().toList());
        for (int i = 0; i < shared.size(); i++) {
            query.setParameter("k" + i, bindable(shared.get(i)));
        }
        Map<Object, Long> stored = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            stored.put(comparable(row[1]), (Long) row[0]);
        }
        return stored;
    }

    /** The key field to put in the IN list: the last attribute (a name, usually), else the last relation. */
    private static int listedField(EntityAccessor accessor, List<String> key) {
        for (int i = key.size() - 1; i >= 0; i--) {
            if (field(accessor, key.get(i)).kind() == FieldKind.ATTRIBUTE) {
                return i;
            }
        }
        return key.size() - 1;
    }

    private static String path(EntityAccessor accessor, String fieldName) {
        return field(accessor, fieldName).kind() == FieldKind.TO_ONE ? fieldName + ".id" : fieldName;
    }

    private static FieldInfo field(EntityAccessor accessor, String name) {
        return accessor.info().field(name).orElseThrow();
    }

    /** The key as compared: related rows by id (new ones by identity), dates by instant. */
    private static List<Object> key(WrittenRow row, Set<EntityBase> created) {
        List<Object> parts = new ArrayList<>();
        for (String name : row.accessor().info().uniqueKey()) {
            Object value = row.accessor().get(row.entity(), name);
            if (value instanceof EntityBase related) {
                parts.add(created.contains(related) || related.getId() == null ? new NewRow(related)
                        : related.getId());
            } else {
                parts.add(comparable(value));
            }
        }
        return parts;
    }

    /** java.sql.Timestamp never equals a java.util.Date, so dates are compared as instants. */
    private static Object comparable(Object value) {
        return value instanceof Date date ? (Object) new Instant(date.getTime()) : value;
    }

    private static Object bindable(Object part) {
        return part instanceof Instant instant ? new Date(instant.millis()) : part;
    }

    private record Instant(long millis) {
    }

    private IcatServerException exists(Candidate candidate) {
        WrittenRow row = candidate.row();
        return UniqueKeyMessage.exists(row.accessor(), row.entity(), dates, row.offset());
    }
}
