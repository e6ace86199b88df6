package org.beamcat.icat.server.query.validation;

import org.beamcat.icat.server.model.ValueType;

/** What an expression produces, as far as the validator needs to know to reject nonsense cheaply. */
sealed interface ExpressionType {

    record Value(ValueType valueType) implements ExpressionType {
        @Override
        public String toString() {
            return valueType.name();
        }
    }

    /** An entity object: a variable or a path ending in a to-one relationship. */
    record EntityObject(String entity) implements ExpressionType {
        @Override
        public String toString() {
            return "a " + entity;
        }
    }

    /** A to-many relationship: only usable with IS EMPTY, MEMBER OF and SIZE. */
    record Collection(String entity) implements ExpressionType {
        @Override
        public String toString() {
            return "a collection of " + entity;
        }
    }

    static ExpressionType of(ValueType valueType) {
        return new Value(valueType);
    }

    static boolean isNumeric(ExpressionType type) {
        return type instanceof Value value && isNumeric(value.valueType());
    }

    static boolean isNumeric(ValueType valueType) {
        return valueType == ValueType.INTEGER || valueType == ValueType.LONG || valueType == ValueType.DOUBLE;
    }

    static boolean is(ExpressionType type, ValueType valueType) {
        return type instanceof Value value && value.valueType() == valueType;
    }
}
