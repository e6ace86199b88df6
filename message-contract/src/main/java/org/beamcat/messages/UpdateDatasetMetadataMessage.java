package org.beamcat.messages;

import java.util.ArrayList;
import java.util.List;

/**
 * "Set this parameter on these existing datasets" (add it, or change its value): the JSON message of the
 * {@link QueueNames#UPDATE_DATASET_METADATA icatUpdateDatasetMetadata} queue. Datasets are named by their
 * folder, the key the catalogue registers them under. Validated when built.
 */
public record UpdateDatasetMetadataMessage(String proposal, String beamline, List<String> datasetPaths,
        String metadataName, String metadataValue) {

    static final String ROOT = "updateDatasetMetadata";

    public UpdateDatasetMetadataMessage {
        Problems problems = new Problems();
        proposal = FieldRules.name(problems, ROOT + "/proposal", proposal);
        beamline = FieldRules.name(problems, ROOT + "/beamline", beamline);
        datasetPaths = checkedPaths(problems, datasetPaths);
        metadataName = FieldRules.parameterName(problems, ROOT + "/metadataName", metadataName);
        metadataValue = FieldRules.parameterValue(problems, ROOT + "/metadataValue", metadataValue);
        // Unlike a dataset's parameters, an update to nothing is a mistake, and pyicat-plus refuses it too.
        if (metadataValue != null && metadataValue.isEmpty()) {
            problems.add(ROOT + "/metadataValue", "must not be empty");
        }
        problems.throwIfAny();
    }

    /** The parameter to set, as a dataset message would carry it. */
    public Parameter parameter() {
        return new Parameter(metadataName, metadataValue);
    }

    private static List<String> checkedPaths(Problems problems, List<String> given) {
        if (given == null) {
            problems.add(ROOT + "/datasetPaths", "is required");
            return List.of();
        }
        if (given.isEmpty()) {
            problems.add(ROOT + "/datasetPaths", "must list at least one dataset folder");
        }
        List<String> normalised = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            normalised.add(FieldRules.absolutePath(problems, ROOT + "/datasetPaths[" + (i + 1) + "]", given.get(i)));
        }
        return problems.isEmpty() ? List.copyOf(normalised) : List.of();
    }
}
