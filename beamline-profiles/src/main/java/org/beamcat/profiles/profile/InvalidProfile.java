package org.beamcat.profiles.profile;

import java.util.List;
import java.util.stream.Collectors;

/** A profile that cannot be used; every problem found, each with its line and field. */
public final class InvalidProfile extends Exception {

    private final String source;
    private final List<ProfileProblem> problems;

    public InvalidProfile(String source, List<ProfileProblem> problems) {
        super(source + " is not a valid beamline profile:\n" + problems.stream().map(p -> "  " + source + ": " + p)
                .collect(Collectors.joining("\n")));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<ProfileProblem> problems() {
        return problems;
    }
}
