package org.beamcat.icat.server.documents;

import jakarta.json.JsonValue;

/** A client's JSON value quoted in an error message, cut short so that a huge input gives a short message. */
final class Shown {

    private static final int MAX = 80;

    private Shown() {
    }

    static String of(JsonValue value) {
        return of(value.toString());
    }

    static String of(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= MAX ? clean : clean.substring(0, MAX) + "…";
    }
}
