package org.beamcat.tango.usecase;

import java.time.OffsetDateTime;
import java.util.List;
import org.beamcat.messages.Parameter;

/**
 * Everything known about a dataset when endDataset is called, before any check: from the experiment
 * (proposal, sample, data root), the device's properties (beamline) and the dataset itself.
 * Blank strings mean "not given".
 */
public record DatasetDraft(String proposal, String beamline, String datasetName, String experimentSample,
        String dataRoot, OffsetDateTime startDate, OffsetDateTime endDate, List<Parameter> parameters) {

    public DatasetDraft {
        parameters = List.copyOf(parameters);
    }

    /** The Sample_name parameter if given (it names this dataset's sample), else the experiment's sample. */
    public String sample() {
        return parameters.stream().filter(p -> p.name().equals(Parameter.SAMPLE_NAME))
                .map(p -> p.value().strip()).filter(v -> !v.isEmpty()).findFirst()
                .orElse(experimentSample == null ? "" : experimentSample.strip());
    }

    boolean sampleFromParameter() {
        return parameters.stream().anyMatch(p -> p.name().equals(Parameter.SAMPLE_NAME) && !p.value().isBlank());
    }
}
