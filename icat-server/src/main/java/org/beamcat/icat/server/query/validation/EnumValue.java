package org.beamcat.icat.server.query.validation;

/**
 * The bound value of an enum literal. The query layer does not know the entity classes, so the execution layer
 * turns it into the matching Java enum constant (e.g. {@code Enum.valueOf(ParameterValueType.class, constant)}).
 */
public record EnumValue(String enumType, String constant) {
}
