package org.beamcat.ingest.registration;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.beamcat.icat.client.IcatDates;
import org.beamcat.messages.Parameter;

/**
 * Types the message's parameters against the catalogue's ParameterTypes: every parameter must name a
 * known type and its text must fit the type's value type. All problems are reported at once.
 */
public final class TypedParameters {

    /** Contract parameters that steer registration and are not catalogue parameters. */
    public static final List<String> NOT_STORED = List.of(Parameter.INPUT_DATASETS);

    private TypedParameters() {
    }

    /** One typed parameter: its type, and the catalogue JSON of its value (without the dataset). */
    public record Typed(Parameter parameter, ParameterTypeInfo type, JsonObject icatJson) {
    }

    public static List<Typed> type(List<Parameter> parameters, Map<String, List<ParameterTypeInfo>> typesByName)
            throws RegistrationRejected {
        List<String> problems = new ArrayList<>();
        List<Typed> typed = new ArrayList<>();
        for (Parameter parameter : parameters) {
            if (NOT_STORED.contains(parameter.name())) {
                continue;
            }
            List<ParameterTypeInfo> candidates = typesByName.getOrDefault(parameter.name(), List.of());
            if (candidates.isEmpty()) {
                problems.add("parameter " + parameter.name() + ": unknown parameter type");
                continue;
            }
            if (candidates.size() > 1) {
                problems.add("parameter " + parameter.name() + ": ambiguous, " + candidates.size()
                        + " parameter types have this name (different units)");
                continue;
            }
            ParameterTypeInfo type = candidates.get(0);
            try {
                typed.add(new Typed(parameter, type, value(parameter.value(), type)));
            } catch (IllegalArgumentException e) {
                problems.add("parameter " + parameter.name() + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new RegistrationRejected(String.join("; ", problems));
        }
        return typed;
    }

    static JsonObject value(String text, ParameterTypeInfo type) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("type", Json.createObjectBuilder().add("id", type.id()));
        String value = text.strip();
        switch (type.valueType()) {
            case "NUMERIC" -> {
                double number;
                try {
                    number = Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + shorten(value) + "' is not a number (type "
                            + type.name() + " is NUMERIC)");
                }
                if (!Double.isFinite(number)) {
                    throw new IllegalArgumentException("'" + shorten(value) + "' is not a finite number");
                }
                json.add("numericValue", number);
            }
            case "DATE_AND_TIME" -> {
                try {
                    json.add("dateTimeValue", IcatDates.format(OffsetDateTime.parse(value)));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("'" + shorten(value)
                            + "' is not an ISO-8601 date-time with offset (type is DATE_AND_TIME)");
                }
            }
            case "STRING" -> json.add("stringValue", text);
            default -> throw new IllegalArgumentException("parameter type has the unsupported value type "
                    + type.valueType());
        }
        return json.build();
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
