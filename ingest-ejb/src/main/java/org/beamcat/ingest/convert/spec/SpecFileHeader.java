package org.beamcat.ingest.convert.spec;

import java.util.List;

/**
 * The block that opens a SPEC file (and reopens it when SPEC restarts on the same file): {@code #F},
 * {@code #E}, {@code #D}, {@code #C} and the motor names of {@code #O} lines.
 */
public record SpecFileHeader(String file, String epoch, String date, List<String> motorNames, List<String> comments) {

    public static final SpecFileHeader NONE = new SpecFileHeader("", "", "", List.of(), List.of());

    public SpecFileHeader {
        motorNames = List.copyOf(motorNames);
        comments = List.copyOf(comments);
    }
}
