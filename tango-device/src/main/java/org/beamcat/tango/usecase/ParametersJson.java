package org.beamcat.tango.usecase;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.beamcat.messages.InvalidMessageException;
import org.beamcat.messages.Parameter;

/**
 * The argument of {@code SetParameters}: a JSON object of ICAT parameter names to values, as BLISS sends
 * it. Values become the text the wire carries: strings as they are, numbers and booleans as written, lists
 * space-separated (the ESRF convention). Objects and null are refused: they have no agreed text form.
 * All-or-nothing: one bad entry refuses the whole call, so nothing is half applied.
 */
public final class ParametersJson {

    private ParametersJson() {
    }

    public static List<Parameter> parse(String json) {
        JsonObject object = readObject(json);
        List<String> problems = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        object.forEach((name, value) -> {
            String text = text(value);
            if (text == null) {
                problems.add("SetParameters: '" + name + "' has a " + value.getValueType().name().toLowerCase()
                        + " value; use a string, number, boolean or list of them");
            } else {
                texts.put(name, text);
            }
        });
        List<Parameter> parameters = new ArrayList<>();
        texts.forEach((name, text) -> {
            try {
                parameters.add(new Parameter(name, text));
            } catch (InvalidMessageException e) {
                problems.add("SetParameters: '" + name + "': " + e.getMessage());
            }
        });
        if (!problems.isEmpty()) {
            throw new RefusedException(Refusal.BAD_PARAMETERS, problems);
        }
        return parameters;
    }

    private static JsonObject readObject(String json) {
        if (json == null || json.isBlank()) {
            throw new RefusedException(Refusal.BAD_PARAMETERS,
                    "SetParameters needs a JSON object, e.g. {\"Sample_name\": \"s1\"}; got nothing");
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new RefusedException(Refusal.BAD_PARAMETERS, "SetParameters needs a JSON object of"
                        + " parameter names to values, got a " + value.getValueType().name().toLowerCase());
            }
            return value.asJsonObject();
        } catch (JsonParsingException e) {
            throw new RefusedException(Refusal.BAD_PARAMETERS, "SetParameters: not valid JSON ("
                    + e.getMessage() + ")");
        } catch (JsonException e) {
            throw new RefusedException(Refusal.BAD_PARAMETERS, "SetParameters: not valid JSON ("
                    + e.getMessage() + ")");
        }
    }

    private static String text(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).toString();
            case TRUE -> "true";
            case FALSE -> "false";
            case ARRAY -> {
                List<String> items = value.asJsonArray().stream().map(ParametersJson::scalarText).toList();
                yield items.contains(null) ? null : items.stream().collect(Collectors.joining(" "));
            }
            default -> null;
        };
    }

    private static String scalarText(JsonValue value) {
        return value.getValueType() == JsonValue.ValueType.ARRAY ? null : text(value);
    }
}
