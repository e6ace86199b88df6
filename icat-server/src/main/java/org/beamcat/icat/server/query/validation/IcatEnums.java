package org.beamcat.icat.server.query.validation;

import java.util.List;
import java.util.Map;

/**
 * The enums of the ICAT schema (contract 2.1) and their constants, for checking literals such as
 * {@code org.icatproject.ParameterValueType.NUMERIC}. The entity model does not say which enum a field uses, so
 * only the constant's existence is checked.
 */
public final class IcatEnums {

    private static final Map<String, List<String>> CONSTANTS = Map.of(
            "ParameterValueType", List.of("DATE_AND_TIME", "NUMERIC", "STRING"),
            "StudyStatus", List.of("NEW", "IN_PROGRESS", "COMPLETE", "CANCELLED"));

    private IcatEnums() {
    }

    /** The enum declaring this constant (concise dialect's bare constants, e.g. {@code DATE_AND_TIME}). */
    public static java.util.Optional<String> enumDeclaring(String constant) {
        return CONSTANTS.entrySet().stream().filter(entry -> entry.getValue().contains(constant))
                .map(Map.Entry::getKey).sorted().findFirst();
    }

    static boolean isKnown(String enumType, String constant) {
        return CONSTANTS.getOrDefault(enumType, List.of()).contains(constant);
    }

    static String describe(String enumType) {
        List<String> constants = CONSTANTS.get(enumType);
        return constants == null ? "ICAT enums are " + String.join(", ", CONSTANTS.keySet().stream().sorted().toList())
                : enumType + " has " + String.join(", ", constants);
    }
}
