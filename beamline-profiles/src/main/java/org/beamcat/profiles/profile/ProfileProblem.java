package org.beamcat.profiles.profile;

/**
 * Why a profile is not valid, and where: the line in the file (0 when unknown) and the field as a JSON
 * pointer-like path such as {@code /parameters/3/units}.
 */
public record ProfileProblem(int line, String field, String message) {

    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ", " : "") + (field.isEmpty() ? "(document)" : field) + ": " + message;
    }
}
