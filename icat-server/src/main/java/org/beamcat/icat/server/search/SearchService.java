package org.beamcat.icat.server.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.authz.AccessMessages;
import org.beamcat.icat.server.authz.CallerRules;
import org.beamcat.icat.server.authz.Operation;
import org.beamcat.icat.server.authz.RowAccess;
import org.beamcat.icat.server.authz.RuleEngine;
import org.beamcat.icat.server.entity.EntityBase;
import org.beamcat.icat.server.persistence.DatabaseRefusals;
import org.beamcat.icat.server.query.IcatQueries;
import org.beamcat.icat.server.query.ast.Limit;
import org.beamcat.icat.server.query.include.IncludeGraph;
import org.beamcat.icat.server.query.translation.JpqlQuery;
import org.beamcat.icat.server.query.translation.ParameterBindings;
import org.beamcat.icat.server.query.translation.ReadDecision;
import org.beamcat.icat.server.query.validation.SelectedItem;
import org.beamcat.icat.server.query.validation.ValidatedGet;
import org.beamcat.icat.server.query.validation.ValidatedQuery;

/**
 * REST {@code GET entityManager}: search (without {@code id}) and get (with {@code id}), authorised by the
 * rules inside the database queries. One instance per entity manager (per request or transaction); cheap.
 */
public final class SearchService {

    private final EntityManager em;
    private final IcatQueries queries;
    private final RuleEngine rules;
    private final SearchLimits limits;
    private final IncludeLoader includes;
    private final SearchDeadline deadline;

    public SearchService(EntityManager em, IcatQueries queries, RuleEngine rules, SearchLimits limits) {
        this(em, queries, rules, limits, SearchDeadline.none());
    }

    /** @param deadline bounds every database statement of this service's calls */
    public SearchService(EntityManager em, IcatQueries queries, RuleEngine rules, SearchLimits limits,
            SearchDeadline deadline) {
        this.em = em;
        this.queries = queries;
        this.rules = rules;
        this.limits = limits;
        this.deadline = deadline;
        this.includes = new IncludeLoader(em, limits.maxIdsInQuery(), deadline);
    }

    /**
     * Runs a JPQL-like query for the caller; BAD_PARAMETER for a bad query, for a value the database refuses
     * (division by zero, overflow…) and for a query over its time; VALIDATION beyond maxEntities.
     */
    public SearchResult search(Caller caller, String query) throws IcatServerException {
        try {
            return searchInDatabase(caller, query);
        } catch (PersistenceException e) {
            throw refusal(e);
        } catch (StackOverflowError e) {
            // Last line of defence: the query limits should keep EclipseLink's recursive JPQL checks shallow.
            throw new IcatServerException(IcatErrorType.BAD_PARAMETER, "The query is too complex to run");
        }
    }

    /**
     * The investigations whose rows of {@code entity} (Investigation, Dataset or Datafile) the caller reads by the
     * rules that are about the row's investigation alone, in one query over Investigation; empty when no READ rule
     * of the entity has that shape. The search engine filters by them instead of checking every row.
     */
    public Optional<ReadableInvestigations> readableInvestigations(Caller caller, String entity)
            throws IcatServerException {
        try {
            ParameterBindings bindings = new ParameterBindings();
            Optional<CallerRules.ByInvestigation> decided = rules.forCaller(caller).decideByInvestigation(entity,
                    "inv", bindings);
            if (decided.isEmpty()) {
                return Optional.empty();
            }
            boolean othersRemain = decided.get().othersRemain();
            ReadDecision investigations = decided.get().investigations();
            if (investigations instanceof ReadDecision.AllowAll) {
                return Optional.of(new ReadableInvestigations(true, List.of(), false));
            }
            List<Long> ids = new ArrayList<>();
            if (investigations instanceof ReadDecision.Restrict restrict) {
                Query query = em.createQuery("SELECT inv.id FROM Investigation inv WHERE " + restrict.jpqlCondition());
                QueryParameters.bind(query, bindings.values());
                deadline.applyTo(query);
                for (Object id : query.getResultList()) {
                    ids.add(((Number) id).longValue());
                }
            }
            return Optional.of(new ReadableInvestigations(false, ids, othersRemain));
        } catch (PersistenceException e) {
            throw refusal(e);
        }
    }

    /**
     * Looks up one object by id with a get query such as {@code Dataset ds INCLUDE ds.datafiles}:
     * NO_SUCH_OBJECT_FOUND when there is none, INSUFFICIENT_PRIVILEGES when the caller may not read it.
     */
    public GetResult get(Caller caller, String entityQuery, long id) throws IcatServerException {
        try {
            return getFromDatabase(caller, entityQuery, id);
        } catch (PersistenceException e) {
            throw refusal(e);
        }
    }

    /** A failure caused by the query's own content or cost is the client's; anything else stays a server error. */
    private IcatServerException refusal(PersistenceException e) {
        if (DatabaseRefusals.timedOut(e)) {
            return deadline.exceeded();
        }
        Optional<String> cause = DatabaseRefusals.clientCause(e);
        if (cause.isPresent()) {
            return new IcatServerException(IcatErrorType.BAD_PARAMETER, "The database refused the query: "
                    + cause.get());
        }
        throw e;
    }

    private SearchResult searchInDatabase(Caller caller, String query) throws IcatServerException {
        ValidatedQuery validated = queries.validate(query);
        CallerRules callerRules = rules.forCaller(caller);
        JpqlQuery translated = queries.translator().translate(validated, caller.userName(), callerRules);
        List<SelectedItem> items = translated.selectedItems();
        if (translated.alwaysEmpty()) {
            return new SearchResult(items, emptyAnswer(validated), Optional.empty(), LoadedGraph.empty());
        }
        EntityBudget budget = new EntityBudget(limits.maxEntities());
        List<Object> rows = run(translated, budget);
        LoadedGraph loaded = LoadedGraph.empty();
        if (translated.include().isPresent() && !rows.isEmpty()) {
            loaded = includes.load(translated.include().get(), entities(rows), callerRules, budget);
        }
        return new SearchResult(items, rows, translated.include(), loaded);
    }

    private GetResult getFromDatabase(Caller caller, String entityQuery, long id) throws IcatServerException {
        ValidatedGet get = queries.get(entityQuery);
        EntityBase entity = em.find(EntityClasses.of(get.entity()), id, deadline.hints());
        if (entity == null) {
            throw new IcatServerException(IcatErrorType.NO_SUCH_OBJECT_FOUND, get.entity() + "[id:" + id
                    + "] not found.");
        }
        CallerRules callerRules = rules.forCaller(caller);
        if (!RowAccess.allows(em, callerRules, Operation.READ, get.entity(), id)) {
            throw new IcatServerException(IcatErrorType.INSUFFICIENT_PRIVILEGES,
                    AccessMessages.notAllowed(Operation.READ, get.entity()));
        }
        EntityBudget budget = new EntityBudget(limits.maxEntities());
        budget.rows(1);
        IncludeGraph include = get.include();
        LoadedGraph loaded = include.isEmpty() ? LoadedGraph.empty()
                : includes.load(include, List.of(entity), callerRules, budget);
        return new GetResult(entity, include, loaded);
    }

    /**
     * LIMIT by setFirstResult/setMaxResults; otherwise at most maxEntities + 1 rows are fetched, so that going
     * over is detected without reading everything (contract 3.3). A LIMIT count within maxEntities never trips.
     */
    private List<Object> run(JpqlQuery translated, EntityBudget budget) throws IcatServerException {
        Query query = em.createQuery(translated.jpql());
        QueryParameters.bind(query, translated.parameters());
        deadline.applyTo(query);
        int offset = translated.limit().map(Limit::offset).orElse(0);
        OptionalInt count = translated.limit().map(Limit::count).orElse(OptionalInt.empty());
        if (count.isPresent() && count.getAsInt() == 0) {
            return new ArrayList<>();
        }
        if (offset > 0) {
            query.setFirstResult(offset);
        }
        boolean withinLimit = count.isPresent() && count.getAsInt() <= budget.maxEntities();
        query.setMaxResults(withinLimit ? count.getAsInt() : budget.maxEntities() + 1);
        List<?> results = query.getResultList();
        budget.rows(results.size());
        List<Object> rows = new ArrayList<>(results.size());
        for (Object result : results) {
            // Several SELECT items come back as Object[]; rows of one item are the value itself.
            rows.add(translated.selectedItems().size() > 1
                    ? Collections.unmodifiableList(Arrays.asList((Object[]) result)) : result);
        }
        return rows;
    }

    /** No rule grants READ: {@code []}, or {@code [0]} for a lone COUNT (contract 1.4.4). */
    private static List<Object> emptyAnswer(ValidatedQuery validated) {
        List<SelectedItem> items = validated.selectedItems();
        if (items.size() == 1 && items.get(0).isCount() && validated.statement().groupBy().isEmpty()) {
            return new ArrayList<>(List.of(0L));
        }
        return new ArrayList<>();
    }

    private static List<EntityBase> entities(List<Object> rows) {
        List<EntityBase> entities = new ArrayList<>(rows.size());
        for (Object row : rows) {
            entities.add((EntityBase) row);
        }
        return entities;
    }
}
