package org.beamcat.icat.server.query.ast;

import java.util.Optional;

/**
 * A get query (contract 3.6): {@code Dataset}, {@code Dataset ds INCLUDE ds.datafiles df} or the old form
 * {@code Dataset INCLUDE Datafile, DatafileParameter}. {@code variable} is empty unless the client named one.
 */
public record GetQuery(String entity, Optional<String> variable, Optional<IncludeClause> include) {
}
