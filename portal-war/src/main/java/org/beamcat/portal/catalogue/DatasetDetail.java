package org.beamcat.portal.catalogue;

import java.time.Instant;
import java.util.List;

/** A dataset's page: the dataset, the investigation it belongs to, its parameters. */
public record DatasetDetail(long id, String name, String description, String type, String sample, Instant startDate,
        Instant endDate, long investigationId, String investigationName, String investigationTitle,
        List<InvestigationDetail.Parameter> parameters, long fileCount, long totalSize) {

    public DatasetDetail {
        parameters = List.copyOf(parameters);
    }
}
