package org.beamcat.icat.server.search;

import org.beamcat.icat.server.entity.EntityBase;
import org.beamcat.icat.server.query.include.IncludeGraph;

/**
 * The answer to a get (REST {@code GET entityManager} with {@code id}): the object, serialised without the
 * outer array, and its INCLUDEd objects.
 *
 * @param entity  the object found and readable
 * @param include what the get query asked to include (possibly an empty graph)
 * @param loaded  the INCLUDEd objects the caller may read
 */
public record GetResult(EntityBase entity, IncludeGraph include, LoadedGraph loaded) {
}
