package org.beamcat.icat.server.query.ast;

/** {@code [LEFT [OUTER] | INNER] JOIN path [AS] variable}; FETCH joins are refused by the parser as ICAT does. */
public record Join(JoinType type, Path path, String variable) {
}
