package org.beamcat.landing.doi.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Metadata broke kernel-4 rules and was not sent; carries every violation found, not just the first. */
public class InvalidDoiMetadataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidDoiMetadataException(String subject, List<Violation> violations) {
        super("DOI metadata for " + subject + " breaks " + violations.size() + " DataCite kernel-4 rule(s): "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
