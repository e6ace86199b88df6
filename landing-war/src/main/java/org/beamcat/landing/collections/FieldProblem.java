package org.beamcat.landing.collections;

/**
 * One thing wrong with the form, shown next to its field.
 *
 * @param field {@code investigation}, {@code datasets}, {@code title}, {@code abstract}, {@code creators},
 *              or {@code creators.<row>.<part>} (row counted from 0 among the rows shown) for one author's field
 */
public record FieldProblem(String field, String message) {
}
