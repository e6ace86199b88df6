package org.beamcat.icat.server.model;

/**
 * A field of an entity.
 *
 * @param name         the ICAT field name, e.g. {@code investigation} or {@code startDate}
 * @param kind         attribute, to-one or to-many relationship
 * @param valueType    for attributes: the type of value; {@code null} for relationships
 * @param targetEntity for relationships: the ICAT name of the related entity; {@code null} for attributes
 * @param required     not null (attributes) or mandatory (to-one relationships)
 * @param maxLength    for string attributes, the column length; 0 otherwise
 */
public record FieldInfo(String name, FieldKind kind, ValueType valueType, String targetEntity,
        boolean required, int maxLength) {

    public boolean isRelationship() {
        return kind != FieldKind.ATTRIBUTE;
    }
}
