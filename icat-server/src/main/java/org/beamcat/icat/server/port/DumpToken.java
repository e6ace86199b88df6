package org.beamcat.icat.server.port;

/** One token of a dump line: a value (string, number, boolean, null, bare name, timestamp) or punctuation. */
public record DumpToken(Type type, String text) {

    public enum Type {
        STRING, INTEGER, REAL, BOOLEAN, NULL, NAME, TIMESTAMP, OPEN, CLOSE, COMMA, COLON, QMARK
    }

    boolean is(Type wanted) {
        return type == wanted;
    }

    @Override
    public String toString() {
        return type == Type.STRING ? '"' + text + '"' : text;
    }
}
