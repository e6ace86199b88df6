package org.beamcat.tango.usecase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.beamcat.messages.DatasetMessage;
import org.beamcat.messages.InvalidMessageException;

/**
 * Turns a {@link DatasetDraft} into the contract's {@link DatasetMessage}. The mandatory fields (proposal,
 * beamline, dataset name, location, Sample_name) are checked first and reported together, each with what
 * to do about it, in the beamline's words; everything else is left to the contract's own checks, so
 * there is one set of rules.
 */
public final class DatasetMessageFactory {

    private final DataFolderPattern folderPattern;
    private final String metaExperimentDevice;

    public DatasetMessageFactory(DataFolderPattern folderPattern, String metaExperimentDevice) {
        this.folderPattern = folderPattern;
        this.metaExperimentDevice = metaExperimentDevice;
    }

    public DatasetMessage build(DatasetDraft draft) {
        String sample = draft.sample();
        List<String> missing = new ArrayList<>();
        if (blank(draft.proposal())) {
            missing.add("proposal is missing: write 'proposal' on " + metaExperimentDevice);
        }
        if (blank(draft.beamline())) {
            missing.add("beamline is missing: set the beamlineID property of this device or of "
                    + metaExperimentDevice);
        }
        if (blank(draft.datasetName())) {
            missing.add("datasetName is missing: write 'datasetName' before startDataset");
        }
        if (blank(sample) || sample.equals(Experiment.SAMPLE_PLACEHOLDER)) {
            missing.add("Sample_name is missing: write 'sample' on " + metaExperimentDevice
                    + " or pass Sample_name in SetParameters");
        }
        Map<String, String> values = folderValues(draft, sample);
        List<String> unknown = folderPattern.missing(values);
        if (!unknown.isEmpty()) {
            missing.add("location is missing: dataFolderPattern '" + folderPattern + "' needs "
                    + String.join(", ", unknown) + hint(unknown));
        }
        if (!missing.isEmpty()) {
            throw new RefusedException(Refusal.MISSING_FIELD, missing);
        }
        try {
            // Sample_name given as a parameter wins; the record then takes the sample element from it.
            return new DatasetMessage(draft.proposal(), draft.beamline(), draft.datasetName(),
                    folderPattern.resolve(values), draft.sampleFromParameter() ? null : sample,
                    draft.startDate(), draft.endDate(), draft.parameters());
        } catch (InvalidMessageException e) {
            throw new RefusedException(Refusal.INVALID_DATASET,
                    e.problems().stream().map(Object::toString).toList());
        }
    }

    private static Map<String, String> folderValues(DatasetDraft draft, String sample) {
        return Map.of("dataRoot", nonNull(draft.dataRoot()), "proposal", nonNull(draft.proposal()),
                "beamlineID", nonNull(draft.beamline()), "sampleName", nonNull(sample),
                "datasetName", nonNull(draft.datasetName()), "scanName", nonNull(draft.datasetName()));
    }

    private String hint(List<String> unknown) {
        return unknown.contains("dataRoot") ? " (write 'dataRoot' on " + metaExperimentDevice + ")" : "";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
