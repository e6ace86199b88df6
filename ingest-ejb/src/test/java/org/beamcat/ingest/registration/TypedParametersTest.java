package org.beamcat.ingest.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.beamcat.messages.Parameter;
import org.junit.jupiter.api.Test;

class TypedParametersTest {

    private static final Map<String, List<ParameterTypeInfo>> TYPES = Map.of(
            "Sample_name", List.of(new ParameterTypeInfo(1, "Sample_name", "NA", "STRING", "sample/name")),
            "TOMO_energy", List.of(new ParameterTypeInfo(2, "TOMO_energy", "keV", "NUMERIC", "TOMO/energy")),
            "when", List.of(new ParameterTypeInfo(3, "when", "NA", "DATE_AND_TIME", "when it happened")));

    @Test
    void typesValuesAgainstTheirParameterTypes() throws Exception {
        List<TypedParameters.Typed> typed = TypedParameters.type(List.of(new Parameter("Sample_name", "Ti"),
                new Parameter("TOMO_energy", " 19.5 "), new Parameter("when", "2026-03-13T10:00:00+01:00"),
                new Parameter(Parameter.INPUT_DATASETS, "/data/a")), TYPES);
        assertEquals(3, typed.size(), "input_datasets steers registration, it is not stored");
        assertEquals("Ti", typed.get(0).icatJson().getString("stringValue"));
        assertEquals(19.5, typed.get(1).icatJson().getJsonNumber("numericValue").doubleValue());
        assertEquals(2, typed.get(1).icatJson().getJsonObject("type").getInt("id"));
        assertEquals("2026-03-13T09:00:00.000Z", typed.get(2).icatJson().getString("dateTimeValue"));
        assertEquals("TOMO/energy", typed.get(1).type().nexusPath().orElseThrow());
        assertTrue(typed.get(2).type().nexusPath().isEmpty(), "a description that is no path");
    }

    @Test
    void reportsEveryUnknownOrIllTypedParameterAtOnce() {
        RegistrationRejected e = assertThrows(RegistrationRejected.class, () -> TypedParameters.type(List.of(
                new Parameter("Nope", "1"), new Parameter("TOMO_energy", "high"), new Parameter("when", "yesterday"),
                new Parameter("TOMO_energy2", "NaN")), TYPES));
        assertTrue(e.getMessage().contains("Nope: unknown parameter type"), e.getMessage());
        assertTrue(e.getMessage().contains("TOMO_energy: 'high' is not a number"), e.getMessage());
        assertTrue(e.getMessage().contains("when: 'yesterday' is not an ISO-8601 date-time"), e.getMessage());
        assertTrue(e.getMessage().contains("TOMO_energy2: unknown"), e.getMessage());
    }

    @Test
    void refusesNonFiniteNumbersAndAmbiguousNames() {
        assertThrows(RegistrationRejected.class, () -> TypedParameters.type(List.of(new Parameter("TOMO_energy",
                "Infinity")), TYPES));
        Map<String, List<ParameterTypeInfo>> twice = Map.of("E", List.of(
                new ParameterTypeInfo(1, "E", "keV", "NUMERIC", null), new ParameterTypeInfo(2, "E", "eV", "NUMERIC", null)));
        assertTrue(assertThrows(RegistrationRejected.class, () -> TypedParameters.type(List.of(new Parameter("E",
                "1")), twice)).getMessage().contains("ambiguous"));
    }
}
