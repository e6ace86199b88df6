package org.beamcat.landing.collections;

import java.util.List;
import java.util.Optional;

/**
 * What a user asks for on the data-collection page: datasets of one investigation, and the title,
 * abstract and authors of the DOI. Blank author rows are dropped.
 *
 * @param investigationId empty when none was chosen
 */
public record CollectionRequest(Optional<Long> investigationId, List<Long> datasetIds, String title,
        String abstractText, List<Creator> creators) {

    public CollectionRequest {
        datasetIds = List.copyOf(datasetIds);
        title = title == null ? "" : title.strip();
        abstractText = abstractText == null ? "" : abstractText.strip();
        creators = creators.stream().filter(c -> !c.isBlank()).toList();
    }
}
