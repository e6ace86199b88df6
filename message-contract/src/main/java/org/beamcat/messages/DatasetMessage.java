package org.beamcat.messages;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Register this folder as a dataset": the {@code dataset} message of the {@code icatIngest} queue.
 * Validated when built, whoever builds it (a reader, or the Tango device before it sends), so an instance
 * is always a message the contract accepts; names are trimmed and the location normalised.
 *
 * <p>The sample can be given as {@code sampleName} or as a {@value Parameter#SAMPLE_NAME} parameter (or
 * both, if they agree); the record always holds both, as current ESRF clients send both.
 *
 * @param proposal   proposal (ICAT investigation name), XML {@code investigation}
 * @param beamline   beamline (ICAT instrument name), XML {@code instrument}
 * @param name       dataset name, chosen by the user and not unique
 * @param location   absolute dataset folder; the practical key of a dataset
 * @param sampleName sample name, XML {@code sample/name}; null to take it from the parameter
 * @param startDate  when data collection started, with offset
 * @param endDate    when it ended, with offset, not before {@code startDate}
 * @param parameters metadata, names unique, in the order given
 * @param complete   the {@code complete} attribute; ESRF clients always send {@code true}
 */
public record DatasetMessage(String proposal, String beamline, String name, String location, String sampleName,
        OffsetDateTime startDate, OffsetDateTime endDate, List<Parameter> parameters, boolean complete)
        implements IngestMessage {

    public DatasetMessage {
        Problems problems = new Problems();
        proposal = FieldRules.name(problems, "dataset/investigation", proposal);
        beamline = FieldRules.name(problems, "dataset/instrument", beamline);
        name = FieldRules.name(problems, "dataset/name", name);
        location = FieldRules.absolutePath(problems, "dataset/location", location);
        parameters = checkedParameters(problems, parameters);
        sampleName = sampleName(problems, sampleName, parameters);
        startDate = FieldRules.requiredDate(problems, "dataset/startDate", startDate);
        endDate = FieldRules.requiredDate(problems, "dataset/endDate", endDate);
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            problems.add("dataset/endDate", "must not be before startDate");
        }
        problems.throwIfAny();
        parameters = withSampleNameParameter(parameters, sampleName);
    }

    /** A complete dataset, which is what every known producer sends. */
    public DatasetMessage(String proposal, String beamline, String name, String location, String sampleName,
            OffsetDateTime startDate, OffsetDateTime endDate, List<Parameter> parameters) {
        this(proposal, beamline, name, location, sampleName, startDate, endDate, parameters, true);
    }

    /** The value of the named parameter, if the message has it. */
    public Optional<String> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).map(Parameter::value).findFirst();
    }

    /**
     * For processed data: the raw dataset folders named by {@value Parameter#INPUT_DATASETS}, normalised;
     * empty for raw data.
     */
    public List<String> inputDatasets() {
        return parameter(Parameter.INPUT_DATASETS)
                .map(value -> InputDatasets.paths(new Problems(), "", value))
                .orElse(List.of());
    }

    private static List<Parameter> checkedParameters(Problems problems, List<Parameter> given) {
        if (given == null) {
            return List.of();
        }
        List<Parameter> kept = new ArrayList<>(given.size());
        Map<String, Integer> firstPosition = new HashMap<>();
        for (int i = 0; i < given.size(); i++) {
            String path = "dataset/parameter[" + (i + 1) + "]";
            Parameter parameter = given.get(i);
            if (parameter == null) {
                problems.add(path, "is required");
                continue;
            }
            // ICAT keeps one value per parameter type and dataset; a second one would be silently lost.
            Integer first = firstPosition.putIfAbsent(parameter.name(), i + 1);
            if (first != null) {
                problems.add(path + "/name", "'" + parameter.name() + "' is given twice (also parameter[" + first + "])");
            }
            if (parameter.name().equals(Parameter.INPUT_DATASETS)) {
                InputDatasets.paths(problems, path + "/value", parameter.value());
            }
            kept.add(parameter);
        }
        return kept;
    }

    private static String sampleName(Problems problems, String given, List<Parameter> parameters) {
        String fromParameter = parameters.stream().filter(p -> p.name().equals(Parameter.SAMPLE_NAME))
                .map(p -> p.value().strip()).findFirst().orElse(null);
        if (given == null && fromParameter == null) {
            problems.add("dataset/sample/name", "is required (a sample/name element or a "
                    + Parameter.SAMPLE_NAME + " parameter)");
            return null;
        }
        String sample = FieldRules.name(problems, "dataset/sample/name", given != null ? given : fromParameter);
        if (given != null && fromParameter != null && !fromParameter.equals(sample)) {
            problems.add("dataset/sample/name", "'" + FieldRules.shorten(sample) + "' differs from the "
                    + Parameter.SAMPLE_NAME + " parameter '" + FieldRules.shorten(fromParameter) + "'");
        }
        return sample;
    }

    private static List<Parameter> withSampleNameParameter(List<Parameter> parameters, String sampleName) {
        boolean present = parameters.stream().anyMatch(p -> p.name().equals(Parameter.SAMPLE_NAME));
        if (present) {
            return List.copyOf(parameters);
        }
        List<Parameter> all = new ArrayList<>(parameters);
        all.add(new Parameter(Parameter.SAMPLE_NAME, sampleName));
        return List.copyOf(all);
    }
}
