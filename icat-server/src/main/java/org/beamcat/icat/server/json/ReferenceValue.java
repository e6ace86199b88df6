package org.beamcat.icat.server.json;

import org.beamcat.icat.server.model.FieldInfo;

/**
 * A to-one relation pointing at an existing row, given as {@code {"id":n}}. Any other members given with the id
 * are an update of that row (contract 1.4.5). A {@code null} target clears the relation.
 */
public record ReferenceValue(FieldInfo field, EntityDescription target) implements FieldValue {
}
