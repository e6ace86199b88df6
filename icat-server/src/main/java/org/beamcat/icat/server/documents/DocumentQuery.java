package org.beamcat.icat.server.documents;

import java.util.List;
import java.util.Objects;

/**
 * The {@code query} JSON of {@code search/documents} and {@code facet/documents}, parsed. Absent optional
 * parts are null (text, user, userFullName, lower, upper) or empty lists.
 *
 * @param text         words in ICAT's Lucene query syntax
 * @param user         only what this user is a member (or instrument scientist) of ({@code restrict=true} sets it)
 * @param userFullName investigations with a member of this full name
 * @param samples      investigations with samples matching each of these texts
 * @param lowerMillis  earliest date (start date of investigations and datasets, date of datafiles)
 * @param upperMillis  latest date (end date of investigations and datasets, date of datafiles)
 */
public record DocumentQuery(DocumentTarget target, String text, String user, String userFullName,
        List<String> samples, Long lowerMillis, Long upperMillis, List<ParameterCondition> parameters,
        List<FieldFilter> filters, List<FacetRequest> facets) {

    public DocumentQuery {
        Objects.requireNonNull(target, "target");
        samples = List.copyOf(samples);
        parameters = List.copyOf(parameters);
        filters = List.copyOf(filters);
        facets = List.copyOf(facets);
    }

    /** The same query restricted to what {@code userName} is a member of, unless it names a user already. */
    public DocumentQuery restrictedTo(String userName) {
        if (user != null) {
            return this;
        }
        return new DocumentQuery(target, text, userName, userFullName, samples, lowerMillis, upperMillis, parameters,
                filters, facets);
    }
}
