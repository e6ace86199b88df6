package org.beamcat.icat.server.query.validation;

import org.beamcat.icat.server.query.include.IncludeGraph;

/** A get query (contract 3.6) that passed validation: the entity to look up by id and what to include with it. */
public record ValidatedGet(String entity, IncludeGraph include) {
}
