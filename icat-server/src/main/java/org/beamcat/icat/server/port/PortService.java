package org.beamcat.icat.server.port;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.authz.CascadeDeleteAccess;
import org.beamcat.icat.server.authz.Operation;
import org.beamcat.icat.server.authz.RuleEngine;
import org.beamcat.icat.server.authz.RuleWriteAccessChecker;
import org.beamcat.icat.server.authz.RuleCompiler;
import org.beamcat.icat.server.catalogue.RuleDefinitions;
import org.beamcat.icat.server.catalogue.RuleWriteAuthorizer;
import org.beamcat.icat.server.catalogue.SearchOutboxWrites;
import org.beamcat.icat.server.entity.EntityBase;
import org.beamcat.icat.server.query.IcatQueries;
import org.beamcat.icat.server.query.include.IncludeGraph;
import org.beamcat.icat.server.query.include.IncludeNode;
import org.beamcat.icat.server.search.LoadedGraph;
import org.beamcat.icat.server.search.SearchDeadline;
import org.beamcat.icat.server.search.SearchLimits;
import org.beamcat.icat.server.search.SearchResult;
import org.beamcat.icat.server.search.SearchService;
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
@LocalBean
public class PortService implements PortTransactions {

    /** Entities whose rows change what the rule engine compiled. */
    private static final Set<String> RULE_ENTITIES = Set.of("Rule", "Grouping", "PublicStep");

    @PersistenceContext(unitName = "icat")
    EntityManager em;

    @Inject
    RuleEngine rules;

    @Inject
    IcatQueries queries;

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
    @Override
    public ExportPage exportPage(Caller caller, ExportPlan plan, long after, int size) throws IcatServerException {
        ParameterBindings bindings = new ParameterBindings();
        String condition = null;
        if (!caller.root()) {
            ReadDecision decision = rules.forCaller(caller).decide(Operation.READ, plan.entity(), "x", bindings);
            if (decision instanceof ReadDecision.DenyAll) {
                return new ExportPage(List.of(), -1);
            }
            if (decision instanceof ReadDecision.Restrict restrict) {
                condition = restrict.jpqlCondition();
            }
        }
        return ExportPages.read(em, new DumpValues(dates), plan, condition, bindings, after, size);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ExportPage exportRows(ExportPlan plan, List<Long> ids) {
        ParameterBindings bindings = new ParameterBindings();
        String condition = "x.id IN " + bindings.bind(List.copyOf(ids));
        return ExportPages.read(em, new DumpValues(dates), plan, condition, bindings, Long.MIN_VALUE, ids.size());
    }

    /**
     * What an export with a query holds, as ICAT 4.7 collects it: the entities the search returns and those its
     * INCLUDE brings, all as the caller may read them, by entity name; empty when the query does not select
     * entities. Bounded by maxEntities, as the search is.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Map<String, List<Long>> selected(Caller caller, String query) throws IcatServerException {
        SearchDeadline deadline = SearchDeadline.startingNow(settings.searches().maxSearchSeconds());
        SearchResult result = new SearchService(em, queries, rules, SearchLimits.of(settings.maxEntities()),
                deadline).search(caller, query);
        Map<String, Set<Long>> ids = new HashMap<>();
        for (Object row : result.rows()) {
            if (!(row instanceof EntityBase entity)) {
                return Map.of();
            }
            collect(entity, result.include().map(IncludeGraph::children).orElse(List.of()), result.loaded(), ids);
        }
        Map<String, List<Long>> sorted = new HashMap<>();
        ids.forEach((entity, set) -> sorted.put(entity, set.stream().sorted().toList()));
        em.clear();
        return sorted;
    }

    private void collect(EntityBase entity, List<IncludeNode> nodes, LoadedGraph loaded, Map<String, Set<Long>> ids) {
        ids.computeIfAbsent(accessors.of(entity).name(), name -> new HashSet<>()).add(entity.getId());
        for (IncludeNode node : nodes) {
            for (EntityBase related : loaded.related(entity, node)) {
                collect(related, node.children(), loaded, ids);
            }
        }
    }

    /** One batch of an import, all or nothing; rows of earlier batches stay (as in ICAT, which commits per row). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @Override
    public void importBatch(Caller caller, DumpTable table, List<DumpRow> rows, DuplicateAction duplicates,
            boolean all, ImportState state) throws IcatServerException {
        WriteSettings writeSettings = WriteSettings.defaults().withMaxEntities(Math.max(settings.maxEntities(),
                rows.size()));
        RuleWriteAuthorizer authorizer = new RuleWriteAuthorizer(
                new RuleWriteAccessChecker(rules, em, writeSettings.maxIdsInQuery()),
                new CascadeDeleteAccess(rules, em, model));
        // imported rows are searchable like any other write's: their index changes go into the outbox here
        EntityWriter writer = new EntityWriter(em, accessors, caller, authorizer, writeSettings)
                .withListener(SearchOutboxWrites.inTransactionOf(em));
        RuleCompiler compiler = new RuleCompiler(queries, model);
        new BatchImporter(em, accessors, new DumpValues(dates), writer,
                descriptions -> RuleDefinitions.check(compiler, descriptions)).run(table, rows, duplicates, all, state);
    }

    /** After a batch of Rule, Grouping or PublicStep rows is committed, the next batch must see them. */
    @Override
    public void committed(DumpTable table) {
        if (RULE_ENTITIES.contains(table.entity().name())) {
            rules.invalidate();
        }
    }

    /** The plan of an entity's block, for the edge to write its header. */
    @Override
    public ExportPlan plan(String entity, boolean all) {
        return ExportPlan.of(model, entity, all);
    }

    @Override
    public DumpHeaderParser headerParser() {
        return new DumpHeaderParser(accessors);
    }
}
