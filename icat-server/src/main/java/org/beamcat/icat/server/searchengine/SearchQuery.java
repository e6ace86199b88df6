package org.beamcat.icat.server.searchengine;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One search, as the edges hand it to a {@link SearchEngine}; every condition is ANDed.
 *
 * @param target        which entity is searched
 * @param text          free text in Lucene query syntax ({@code MA-4321}, {@code title:beam*}, {@code a AND b}); a
 *                      bare word searches every {@link DocumentFields#TEXTS} field; null or blank matches everything
 * @param terms         exact values of text fields ({@code type = "raw"}, one of several values)
 * @param ranges        numeric or date ranges on {@link DocumentFields#DATES} and {@link DocumentFields#NUMBERS}
 * @param parameters    conditions on the entity's parameters
 * @param samples       words every one of which must match a sample name (4.7 {@code samples})
 * @param user          a member's user name (4.7 {@code user}: investigations where that user is an
 *                      InvestigationUser, datasets and datafiles below them), or null
 * @param userFullName  words of a member's full name (4.7 {@code userFullName}), or null
 * @param facets        the facets to count over the readable matches
 * @param sort          sort keys in order; empty for relevance; the entity id always breaks ties
 * @param searchAfter   the cursor of the previous page's last hit, or empty for the first page
 * @param pageSize      how many hits to return (at least 1)
 */
public record SearchQuery(EntityKind target, String text, List<TermFilter> terms, List<RangeFilter> ranges,
        List<ParameterFilter> parameters, List<String> samples, String user, String userFullName,
        List<FacetRequest> facets, List<SortKey> sort, Optional<SearchCursor> searchAfter, int pageSize) {

    public SearchQuery {
        Objects.requireNonNull(target, "target");
        terms = List.copyOf(terms);
        ranges = List.copyOf(ranges);
        parameters = List.copyOf(parameters);
        samples = List.copyOf(samples);
        facets = List.copyOf(facets);
        sort = List.copyOf(sort);
        Objects.requireNonNull(searchAfter, "searchAfter");
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1");
        }
    }

    /** Free text only, ranked by relevance: the simplest query, and a starting point for the {@code with} methods. */
    public static SearchQuery text(EntityKind target, String text, int pageSize) {
        return new SearchQuery(target, text, List.of(), List.of(), List.of(), List.of(), null, null, List.of(),
                List.of(), Optional.empty(), pageSize);
    }

    /** A field must hold one of {@code values} exactly (whole value, case as indexed). */
    public record TermFilter(String field, List<String> values) {
        public TermFilter {
            Objects.requireNonNull(field, "field");
            values = List.copyOf(values);
        }
    }

    /** Inclusive bounds on a date or number field; a null bound is open. Dates are given as epoch milliseconds. */
    public record RangeFilter(String field, Double lower, Double upper) {
        public RangeFilter {
            Objects.requireNonNull(field, "field");
        }

        public static RangeFilter dates(String field, Instant lower, Instant upper) {
            return new RangeFilter(field, lower == null ? null : (double) lower.toEpochMilli(),
                    upper == null ? null : (double) upper.toEpochMilli());
        }
    }

    /**
     * A parameter condition: the entity has a parameter of this name (and, when given, these units) whose value is
     * the string, or lies in the numeric range (in {@code units}, converted to the indexed values' units when both
     * are known, e.g. keV and eV), or in the date range.
     */
    public record ParameterFilter(String name, String units, String stringValue, Double lowerNumber,
            Double upperNumber, Instant lowerDate, Instant upperDate) {
        public ParameterFilter {
            Objects.requireNonNull(name, "name");
            units = units == null ? "" : units;
        }
    }

    /**
     * Counts over the readable matches: per value of a text field (the {@code limit} most frequent), or per range
     * of a date or number field when {@code ranges} is not empty.
     */
    public record FacetRequest(String field, int limit, List<FacetRange> ranges) {
        public FacetRequest {
            Objects.requireNonNull(field, "field");
            ranges = List.copyOf(ranges);
        }
    }

    /** A labelled range of a facet: {@code from} inclusive, {@code to} exclusive, null for open. */
    public record FacetRange(String label, Double from, Double to) {
        public FacetRange {
            Objects.requireNonNull(label, "label");
        }
    }

    /** Sort by a field (text fields by their whole value, dates and numbers by value), or by relevance. */
    public record SortKey(String field, boolean descending) {
        public static final String SCORE = "_score";

        public SortKey {
            Objects.requireNonNull(field, "field");
        }
    }
}
