package org.beamcat.tango.usecase;

/**
 * Why a call was refused; the code becomes the Tango error reason, so clients (and people reading a
 * BLISS traceback) can tell a missing field from an unreachable broker without parsing text.
 */
public enum Refusal {
    NOT_ALLOWED("BeamCat_NotAllowed"),
    MISSING_FIELD("BeamCat_MissingField"),
    INVALID_DATASET("BeamCat_InvalidDataset"),
    BAD_PARAMETERS("BeamCat_BadParameters"),
    BROKER_UNAVAILABLE("BeamCat_BrokerUnavailable"),
    CONFIGURATION("BeamCat_Configuration");

    private final String code;

    Refusal(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
