package org.beamcat.icat.server.json;

import org.beamcat.icat.server.model.FieldInfo;

/**
 * An attribute and its new value, already of the field's Java type ({@code String}, {@code Integer}, {@code Long},
 * {@code Double}, {@code Boolean}, {@code java.util.Date} or the enum); {@code null} clears the attribute.
 */
public record AttributeValue(FieldInfo field, Object value) implements FieldValue {
}
