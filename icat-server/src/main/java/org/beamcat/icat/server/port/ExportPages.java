package org.beamcat.icat.server.port;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.beamcat.icat.server.query.translation.ParameterBindings;

/** Reads one page of an export plan's rows and formats them as dump lines. */
final class ExportPages {

    private ExportPages() {
    }

    /**
     * @param condition a JPQL condition on {@code x} restricting the rows (the caller's READ rules), or null
     * @param bindings  the values {@code condition} refers to; {@code after} is bound into it too
     */
    static ExportPage read(EntityManager em, DumpValues values, ExportPlan plan, String condition,
            ParameterBindings bindings, long after, int size) {
        String afterParameter = bindings.bind(after);
        Query query = em.createQuery(plan.select() + " WHERE x.id > " + afterParameter
                + (condition == null ? "" : " AND (" + condition + ")") + " ORDER BY x.id").setMaxResults(size);
        for (Map.Entry<String, Object> parameter : bindings.values().entrySet()) {
            query.setParameter(parameter.getKey(), parameter.getValue());
        }
        @SuppressWarnings("unchecked")
        List<Object> rows = query.getResultList();
        List<String> lines = new ArrayList<>(rows.size());
        long last = -1;
        for (Object result : rows) {
            Object[] row = result instanceof Object[] array ? array : new Object[] {result};
            last = ((Number) row[0]).longValue();
            StringBuilder line = new StringBuilder();
            for (int i = 1; i < row.length; i++) {
                if (i > 1) {
                    line.append(',');
                }
                Object value = row[i];
                line.append(plan.kinds().get(i - 1) == ExportPlan.Kind.HANDLE && value != null
                        ? "\"" + value + "\"" : values.format(value));
            }
            lines.add(line.toString());
        }
        em.clear();
        return new ExportPage(lines, rows.size() < size ? -1 : last);
    }
}
