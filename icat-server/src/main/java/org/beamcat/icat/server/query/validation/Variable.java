package org.beamcat.icat.server.query.validation;

/**
 * A declared identification variable: its name as declared and the entity it ranges over. Variables are matched
 * case-insensitively, as JPQL does; the declared spelling is what the translator writes.
 */
public record Variable(String name, String entity) {
}
