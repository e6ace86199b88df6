package org.beamcat.ingest.web.access;

/** Who was let in, for the log: a producer by its configured name, or a catalogue user by full name. */
public record Caller(String name, Kind kind) {

    public enum Kind { PRODUCER_TOKEN, CATALOGUE_USER }

    @Override
    public String toString() {
        return (kind == Kind.PRODUCER_TOKEN ? "producer " : "catalogue user ") + name;
    }
}
