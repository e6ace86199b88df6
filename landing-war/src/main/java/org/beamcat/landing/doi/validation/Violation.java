package org.beamcat.landing.doi.validation;

/**
 * One broken rule, with the JSON-style path of the property at fault (e.g.
 * {@code creators[1].nameIdentifiers[0].nameIdentifier}) so a form can put the message next to the field.
 */
public record Violation(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
