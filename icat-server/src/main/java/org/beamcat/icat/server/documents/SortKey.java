package org.beamcat.icat.server.documents;

/** One pair of the {@code sort} object: a document field and its direction, in the order given. */
public record SortKey(String field, boolean descending) {
}
