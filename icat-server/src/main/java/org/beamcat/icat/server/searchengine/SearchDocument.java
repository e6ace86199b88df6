package org.beamcat.icat.server.searchengine;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the search engine keeps about one investigation, dataset or datafile (issue 15 part 2).
 *
 * @param investigationId the investigation it is (or belongs to): deleting that investigation deletes this document
 * @param datasetId       the dataset a datafile belongs to (a dataset's own id for a dataset, null for an
 *                        investigation): deleting that dataset deletes this document
 * @param texts           {@link DocumentFields#TEXTS} fields, each with its values (members, keywords, samples and
 *                        instruments have several)
 * @param dates           {@link DocumentFields#DATES} fields
 * @param numbers         {@link DocumentFields#NUMBERS} fields
 * @param parameters      the entity's own parameters
 */
public record SearchDocument(EntityKind kind, long id, long investigationId, Long datasetId,
        Map<String, List<String>> texts, Map<String, Instant> dates, Map<String, Double> numbers,
        List<ParameterValue> parameters) {

    public SearchDocument {
        Objects.requireNonNull(kind, "kind");
        texts = Map.copyOf(texts);
        dates = Map.copyOf(dates);
        numbers = Map.copyOf(numbers);
        parameters = List.copyOf(parameters);
    }
}
