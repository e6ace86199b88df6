package org.beamcat.icat.server.catalogue;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.authz.RuleCompiler;
import org.beamcat.icat.server.authz.RuleEngine;
import org.beamcat.icat.server.authz.CascadeDeleteAccess;
import org.beamcat.icat.server.authz.RuleWriteAccessChecker;
import org.beamcat.icat.server.config.IcatServerSettings;
import org.beamcat.icat.server.json.EntityAccessors;
import org.beamcat.icat.server.json.EntityDescription;
import org.beamcat.icat.server.json.EntityId;
import org.beamcat.icat.server.json.EntityJsonReader;
import org.beamcat.icat.server.json.EntityJsonWriter;
import org.beamcat.icat.server.json.IcatDateFormat;
import org.beamcat.icat.server.model.EntityModel;
import org.beamcat.icat.server.query.IcatQueries;
import org.beamcat.icat.server.search.GetResult;
import org.beamcat.icat.server.search.SearchDeadline;
import org.beamcat.icat.server.search.SearchLimits;
import org.beamcat.icat.server.search.SearchResult;
import org.beamcat.icat.server.search.SearchService;
import org.beamcat.icat.server.search.SearchSlots;
import org.beamcat.icat.server.searchengine.outbox.OutboxRecorder;
import org.beamcat.icat.server.write.EntityDeleter;
import org.beamcat.icat.server.write.EntityWriter;
import org.beamcat.icat.server.write.WriteSettings;

/**
 * The {@code entityManager} use cases in one transaction each: search and get answer JSON text written
 * while the persistence context is open (so nothing is loaded lazily afterwards), writes and deletes
 * are all-or-nothing (IcatServerException rolls the transaction back).
 */
@Stateless
public class CatalogueService {

    /** Entities whose rows change what the rule engine compiled. */
    private static final Set<String> RULE_ENTITIES = Set.of("Rule", "Grouping", "PublicStep");

    @PersistenceContext(unitName = "icat")
    EntityManager em;

    @Inject
    IcatQueries queries;

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

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    SearchSlots searchSlots;

    /** Bounded in time (waiting for a slot included) and in how many run at once: see {@link SearchSlots}. */
    public String search(Caller caller, String query) throws IcatServerException {
        SearchDeadline deadline = SearchDeadline.startingNow(settings.searches().maxSearchSeconds());
        try (SearchSlots.Slot slot = searchSlots.acquire(deadline)) {
            SearchResult result = searchService(deadline).search(caller, query);
            return json(out -> new EntityJsonWriter(accessors, dates).writeSearchResult(out, result.rows(),
                    result.include().orElse(null), new LoadedRelations(result.loaded())));
        }
    }

    public String get(Caller caller, String getQuery, long id) throws IcatServerException {
        SearchDeadline deadline = SearchDeadline.startingNow(settings.searches().maxSearchSeconds());
        try (SearchSlots.Slot slot = searchSlots.acquire(deadline)) {
            GetResult result = searchService(deadline).get(caller, getQuery, id);
            return json(out -> new EntityJsonWriter(accessors, dates).writeEntity(out, result.entity(),
                    result.include(), new LoadedRelations(result.loaded())));
        }
    }

    /** Creates and updates; returns the JSON array of created top-level ids. */
    public String write(Caller caller, String entities) throws IcatServerException {
        List<EntityDescription> descriptions = new EntityJsonReader(accessors, dates).readWrites(entities);
        RuleDefinitions.check(new RuleCompiler(queries, model), descriptions);
        List<Long> ids = new EntityWriter(em, accessors, caller, authorizer(), writeSettings())
                .withListener(searchOutbox()).write(descriptions);
        if (descriptions.stream().anyMatch(d -> RULE_ENTITIES.contains(d.entity().name()))) {
            invalidateRulesAfterCommit();
        }
        return json(out -> {
            out.writeStartArray();
            ids.forEach(out::write);
            out.writeEnd();
        });
    }

    public void delete(Caller caller, String entities) throws IcatServerException {
        List<EntityId> targets = new EntityJsonReader(accessors, dates).readDeletes(entities);
        new EntityDeleter(em, accessors, caller, authorizer(), writeSettings()).withListener(searchOutbox())
                .delete(targets);
        if (targets.stream().anyMatch(t -> RULE_ENTITIES.contains(t.entity().name()))) {
            invalidateRulesAfterCommit();
        }
    }

    /** After the commit, not before: a search running meanwhile must not cache the old rules again. */
    private void invalidateRulesAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                rules.invalidate();
            }
        });
    }

    /** Index changes go into the search outbox in this transaction: committed with the write or not at all. */
    private OutboxRecorder searchOutbox() {
        return SearchOutboxWrites.inTransactionOf(em);
    }

    private SearchService searchService(SearchDeadline deadline) {
        return new SearchService(em, queries, rules, SearchLimits.of(settings.maxEntities()), deadline);
    }

    private RuleWriteAuthorizer authorizer() {
        return new RuleWriteAuthorizer(new RuleWriteAccessChecker(rules, em, writeSettings().maxIdsInQuery()),
                new CascadeDeleteAccess(rules, em, model));
    }

    private WriteSettings writeSettings() {
        return WriteSettings.defaults().withMaxEntities(settings.maxEntities());
    }

    private static String json(Consumer<JsonGenerator> body) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = Json.createGenerator(text)) {
            body.accept(out);
        }
        return text.toString();
    }
}
