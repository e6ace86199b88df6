/**
 * The search port (issue 15): free-text and faceted search over investigations, datasets and datafiles, kept in
 * step with the catalogue through a transactional outbox.
 *
 * <p>Callers (the 4.7 {@code lucene/data} edge, the 6.1 {@code search/documents} edge, the rebuild) see only
 * {@link org.beamcat.icat.server.searchengine.SearchEngine} and the plain records of this package:
 * <ul>
 * <li>{@link org.beamcat.icat.server.searchengine.SearchDocument}: what is indexed for one entity (the fields of
 * {@link org.beamcat.icat.server.searchengine.DocumentFields}, typed parameters, and the ids of the investigation and
 * dataset it belongs to, so that deleting a parent removes its descendants from the index as the database's
 * {@code ON DELETE CASCADE} removes them from the tables);</li>
 * <li>{@link org.beamcat.icat.server.searchengine.SearchQuery}: free text, term filters, numeric and date ranges,
 * typed parameter conditions, samples, user, facets (term counts and range counts), sort, a search-after cursor and
 * a page size;</li>
 * <li>{@link org.beamcat.icat.server.searchengine.ReadableFilter}: the caller's READ rules. The engine asks it which
 * of the entities matching the query the caller may read, and computes hits, totals and facet counts over those
 * only, so nothing about an unreadable entity (not even a facet value) leaves the engine. Root passes
 * {@link org.beamcat.icat.server.searchengine.ReadableFilter#EVERYTHING}.</li>
 * </ul>
 *
 * <p>The embedded adapter is Apache Lucene ({@code searchengine.lucene}); an OpenSearch adapter for a cluster would
 * implement the same interface (its readable filter becomes a terms filter on ids, or on the investigation ids
 * a rule reduces to) without changing the edges. Writes reach the index only through the outbox
 * ({@code searchengine.outbox}): rows inserted in the write's own transaction, drained in order.
 */
package org.beamcat.icat.server.searchengine;
