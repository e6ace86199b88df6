package org.beamcat.icat.server.search;

import java.util.List;

/**
 * Which rows of an Investigation, Dataset or Datafile a caller reads, decided by their investigation: every row
 * ({@code all}), or the rows of {@code investigationIds}; when {@code othersRemain}, other READ rules of the entity
 * are not about the investigation alone, so a row outside those investigations must still be checked by itself.
 */
public record ReadableInvestigations(boolean all, List<Long> investigationIds, boolean othersRemain) {

    public ReadableInvestigations {
        investigationIds = List.copyOf(investigationIds);
    }
}
