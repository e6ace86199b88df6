package org.beamcat.icat.server.query.ast;

import java.util.OptionalInt;

/** {@code LIMIT offset, count} or {@code LIMIT offset, *} (no maximum). */
public record Limit(int offset, OptionalInt count) {
}
