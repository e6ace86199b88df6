package org.beamcat.icat.server.port;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.authz.CascadeDeleteAccess;
import org.beamcat.icat.server.authz.Operation;
import org.beamcat.icat.server.authz.RuleEngine;
import org.beamcat.icat.server.authz.RuleWriteAccessChecker;
import org.beamcat.icat.server.catalogue.RuleWriteAuthorizer;
import org.beamcat.icat.server.config.IcatServerSettings;
import org.beamcat.icat.server.json.EntityAccessors;
import org.beamcat.icat.server.json.IcatDateFormat;
import org.beamcat.icat.server.model.EntityModel;
import org.beamcat.icat.server.query.translation.ParameterBindings;
import org.beamcat.icat.server.query.translation.ReadDecision;
import org.beamcat.icat.server.write.EntityWriter;
import org.beamcat.icat.server.write.WriteSettings;

/**
 * The transactions of {@code port}: one per page of an export and one per batch of an import, so neither holds more
 * than a page or a batch in memory nor one long transaction over millions of rows. The edge drives them while it
 * streams the dump out or reads it in.
 */
@Stateless
public class PortService {

    /** Entities whose rows change what the rule engine compiled. */
    private static final Set<String> RULE_ENTITIES = Set.of("Rule", "Grouping", "PublicStep");

    @PersistenceContext(unitName = "icat")
    EntityManager em;

    @Inject
    RuleEngine rules;

    @Inject
    EntityAccessors accessors;

    @Inject
    EntityModel model;

    @Inject
    IcatDateFormat dates;

    @Inject
    IcatServerSettings settings;

    /**
     * The rows of {@code plan}'s entity after id {@code after} that the caller may read (root: all), at most
     * {@code size}, in id order (keyset pagination: each page is an index range scan, whatever the offset).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ExportPage exportPage(Caller caller, ExportPlan plan, long after, int size) throws IcatServerException {
        ParameterBindings bindings = new ParameterBindings();
        String afterParameter = bindings.bind(after);
        String condition = "";
        if (!caller.root()) {
            ReadDecision decision = rules.forCaller(caller).decide(Operation.READ, plan.entity(), "x", bindings);
            if (decision instanceof ReadDecision.DenyAll) {
                return new ExportPage(List.of(), -1);
            }
            if (decision instanceof ReadDecision.Restrict restrict) {
                condition = " AND (" + restrict.jpqlCondition() + ")";
            }
        }
        Query query = em.createQuery(plan.select() + " WHERE x.id > " + afterParameter + condition
                + " ORDER BY x.id").setMaxResults(size);
        for (Map.Entry<String, Object> parameter : bindings.values().entrySet()) {
            query.setParameter(parameter.getKey(), parameter.getValue());
        }
        @SuppressWarnings("unchecked")
        List<Object> rows = query.getResultList();
        DumpValues values = new DumpValues(dates);
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

    /** One batch of an import, all or nothing; rows of earlier batches stay (as in ICAT, which commits per row). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void importBatch(Caller caller, DumpTable table, List<DumpRow> rows, DuplicateAction duplicates,
            boolean all, ImportState state) throws IcatServerException {
        WriteSettings writeSettings = WriteSettings.defaults().withMaxEntities(Math.max(settings.maxEntities(),
                rows.size()));
        RuleWriteAuthorizer authorizer = new RuleWriteAuthorizer(
                new RuleWriteAccessChecker(rules, em, writeSettings.maxIdsInQuery()),
                new CascadeDeleteAccess(rules, em, model));
        EntityWriter writer = new EntityWriter(em, accessors, caller, authorizer, writeSettings);
        new BatchImporter(em, accessors, new DumpValues(dates), writer).run(table, rows, duplicates, all, state);
    }

    /** After a batch of Rule, Grouping or PublicStep rows is committed, the next batch must see them. */
    public void committed(DumpTable table) {
        if (RULE_ENTITIES.contains(table.entity().name())) {
            rules.invalidate();
        }
    }

    /** The plan of an entity's block, for the edge to write its header. */
    public ExportPlan plan(String entity, boolean all) {
        return ExportPlan.of(model, entity, all);
    }

    public DumpHeaderParser headerParser() {
        return new DumpHeaderParser(accessors);
    }
}
