/**
 * Checks a parsed query against the {@link org.beamcat.icat.server.model.EntityModel}: entity names, variables,
 * paths, aggregates, ORDER BY, INCLUDE and literal types. The result, {@link ValidatedQuery}, records how every path
 * resolved and which value each literal will be bound to, so the translator never has to guess.
 */
package org.beamcat.icat.server.query.validation;
