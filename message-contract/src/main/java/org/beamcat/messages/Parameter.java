package org.beamcat.messages;

/**
 * One metadata parameter of a dataset: an ICAT parameter name (e.g. {@code Sample_name},
 * {@code InstrumentMonochromator_energy}) and its value as text, as the wire carries it. Whether the name
 * is a known ParameterType and the value fits its type is decided at registration, not here.
 */
public record Parameter(String name, String value) {

    /** The parameter that names the sample; the one parameter the contract requires. */
    public static final String SAMPLE_NAME = "Sample_name";
    /** Processed data: the raw dataset folders it was made from, separated by spaces (or commas). */
    public static final String INPUT_DATASETS = "input_datasets";

    public Parameter {
        Problems problems = new Problems();
        name = FieldRules.parameterName(problems, "parameter/name", name);
        value = FieldRules.parameterValue(problems, "parameter/value", value);
        problems.throwIfAny();
    }
}
