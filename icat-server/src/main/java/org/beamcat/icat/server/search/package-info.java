/**
 * Search and get execution (contract 1.4.4, 3.3, 3.4, 3.6): {@link org.beamcat.icat.server.search.SearchService}
 * runs translated queries with bound parameters, LIMIT and {@code maxEntities}, and loads INCLUDE graphs in
 * batches (one query per edge and id chunk). Results carry a {@link org.beamcat.icat.server.search.LoadedGraph}
 * saying which INCLUDEd objects the caller may read; serialisers read relations from it, never from getters.
 */
package org.beamcat.icat.server.search;
