package org.beamcat.icat.server.documents;

import java.util.List;

/**
 * One entry of the query's {@code filter} object (or a plain key of the query that is not one of ICAT's named
 * ones): documents whose field has one of the values, or whose nested objects (parameters, samples) have one
 * object meeting every nested condition.
 */
public sealed interface FieldFilter permits FieldFilter.AnyOf, FieldFilter.Nested {

    String field();

    /** {@code "field": "value"} or {@code "field": ["a", "b"]}: the field equals one of the values. */
    record AnyOf(String field, List<String> values) implements FieldFilter {
        public AnyOf {
            values = List.copyOf(values);
        }
    }

    /**
     * {@code "investigationparameter": {"filter": [{"field": "type.name", "value": "energy"},
     * {"field": "numericValue", "from": 10, "to": 20, "units": "keV"}]}}: one nested object meets all.
     */
    record Nested(String field, List<NestedCondition> conditions) implements FieldFilter {
        public Nested {
            conditions = List.copyOf(conditions);
        }
    }

    /** A condition on one field of a nested object. */
    sealed interface NestedCondition permits Equals, Exact, Range {
        String field();
    }

    /** {@code {"field": f, "value": "text"}}. */
    record Equals(String field, String value) implements NestedCondition {
    }

    /** {@code {"field": f, "exact": n, "units"?: u}}: the number, or a range parameter that contains it. */
    record Exact(String field, double value, String units) implements NestedCondition {
    }

    /** {@code {"field": f, "from": a, "to": b, "units"?: u}}, both bounds inclusive. */
    record Range(String field, double from, double to, String units) implements NestedCondition {
    }
}
