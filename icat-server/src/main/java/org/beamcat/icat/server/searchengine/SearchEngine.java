package org.beamcat.icat.server.searchengine;

import java.util.Collection;
import org.beamcat.icat.server.IcatServerException;

/**
 * The search port. Index changes are made durable and visible by {@link #commit()}; an adapter may also make them
 * visible sooner (near-real-time). Implementations are thread-safe: the outbox drainer writes while edges search.
 */
public interface SearchEngine extends AutoCloseable {

    /** Adds or replaces documents (by kind and id). */
    void upsert(Collection<SearchDocument> documents) throws SearchEngineException;

    /**
     * Removes an entity's document and, for an investigation or a dataset, the documents below it (its datasets
     * and datafiles), as the database's cascade removes their rows.
     */
    void delete(EntityKind kind, long id) throws SearchEngineException;

    /** Removes every document of one kind (a rebuild of that kind follows), or of all kinds when null. */
    void clear(EntityKind kind) throws SearchEngineException;

    /**
     * True when the index held every entity when it was opened: false for a new, missing or corrupt index, or one
     * whose rebuild was interrupted. The application then rebuilds it from the database.
     */
    boolean isComplete();

    /** Records (durably, with a commit) whether the index holds every entity: false when a rebuild starts. */
    void markComplete(boolean complete) throws SearchEngineException;

    /** Makes every change so far durable and searchable. */
    void commit() throws SearchEngineException;

    /** How many documents of a kind the index holds (committed or not). */
    long count(EntityKind kind) throws SearchEngineException;

    /**
     * Runs a query for a caller whose READ rules {@code readable} expresses.
     *
     * @throws IcatServerException BAD_PARAMETER for an unknown field, an unparsable text or a bad cursor, or
     *                             whatever {@code readable} throws
     */
    SearchPage search(SearchQuery query, ReadableFilter readable) throws IcatServerException;

    @Override
    void close() throws SearchEngineException;
}
