package org.beamcat.icat.server.documents;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;

/**
 * Parses the {@code query} JSON of ICAT 6.1's document search into a {@link DocumentQuery}. The keys are
 * icat.server's: {@code target} (required), {@code text}, {@code user}, {@code userFullName},
 * {@code samples}, {@code lower}, {@code upper}, {@code parameters}, {@code filter}, {@code facets}; any
 * other key is a filter on the document field of that name, as in icat.server. Every shape error is a
 * BAD_PARAMETER naming the key; lists are bounded so that one request cannot ask for unbounded work.
 */
public final class DocumentQueryParser {

    /** At most this many parameters, filters, facet targets, dimensions per target, ranges per dimension, values. */
    static final int MAX_ITEMS = 100;

    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*");

    public DocumentQuery parse(String query) throws IcatServerException {
        if (query == null || query.isBlank()) {
            throw bad("query is not set");
        }
        JsonObject json = object("query", read(query));
        DocumentTarget target = target(json);
        String text = null;
        String user = null;
        String userFullName = null;
        List<String> samples = List.of();
        Long lower = null;
        Long upper = null;
        List<ParameterCondition> parameters = List.of();
        List<FieldFilter> filters = new ArrayList<>();
        List<FacetRequest> facets = List.of();
        for (Map.Entry<String, JsonValue> entry : json.entrySet()) {
            String key = entry.getKey();
            JsonValue value = entry.getValue();
            switch (key) {
                case "target" -> {
                }
                case "text" -> text = string(key, value);
                case "user" -> user = string(key, value);
                case "userFullName" -> userFullName = string(key, value);
                case "samples" -> samples = strings(key, value);
                case "lower" -> lower = WireDates.lower(key, value);
                case "upper" -> upper = WireDates.upper(key, value);
                case "parameters" -> parameters = parameters(value);
                case "filter" -> filters.addAll(filter(value));
                case "facets" -> facets = facets(value);
                default -> filters.add(new FieldFilter.AnyOf(field(key), values(key, value)));
            }
        }
        if (lower != null && upper != null && lower > upper) {
            throw bad("lower must not be after upper");
        }
        bounded("filter", filters.size());
        return new DocumentQuery(target, text, user, userFullName, samples, lower, upper, parameters, filters, facets);
    }

    private static DocumentTarget target(JsonObject json) throws IcatServerException {
        JsonValue target = json.get("target");
        if (target == null) {
            throw bad("target is not set");
        }
        if (!(target instanceof JsonString name)) {
            throw bad("target must be a string");
        }
        return DocumentTarget.byEntityName(name.getString()).orElseThrow(() -> bad("target:"
                + Shown.of(name.getString()) + " is not expected (Investigation, Dataset or Datafile)"));
    }

    private static List<ParameterCondition> parameters(JsonValue value) throws IcatServerException {
        JsonArray array = array("parameters", value);
        List<ParameterCondition> parameters = new ArrayList<>();
        for (JsonValue item : array) {
            JsonObject parameter = object("each of parameters", item);
            if (!parameter.containsKey("name")) {
                throw bad("name not set in one of parameters");
            }
            String name = string("a parameter's name", parameter.get("name"));
            if (!parameter.containsKey("units")) {
                throw bad("units not set in parameter '" + Shown.of(name) + "'");
            }
            String units = string("parameter '" + Shown.of(name) + "' units", parameter.get("units"));
            parameters.add(new ParameterCondition(name, units, parameterValue(name, parameter)));
        }
        return parameters;
    }

    private static ParameterCondition.Value parameterValue(String name, JsonObject parameter)
            throws IcatServerException {
        String where = "parameter '" + Shown.of(name) + "'";
        if (parameter.containsKey("stringValue")) {
            return new ParameterCondition.Text(string(where + " stringValue", parameter.get("stringValue")));
        }
        if (parameter.containsKey("lowerDateValue") && parameter.containsKey("upperDateValue")) {
            long lower = WireDates.lower(where + " lowerDateValue", parameter.get("lowerDateValue"));
            long upper = WireDates.upper(where + " upperDateValue", parameter.get("upperDateValue"));
            if (lower > upper) {
                throw bad(where + ": lowerDateValue must not be after upperDateValue");
            }
            return new ParameterCondition.DateRange(lower, upper);
        }
        if (parameter.containsKey("lowerNumericValue") && parameter.containsKey("upperNumericValue")) {
            double lower = number(where + " lowerNumericValue", parameter.get("lowerNumericValue"));
            double upper = number(where + " upperNumericValue", parameter.get("upperNumericValue"));
            if (lower > upper) {
                throw bad(where + ": lowerNumericValue must not be above upperNumericValue");
            }
            return new ParameterCondition.NumberRange(lower, upper);
        }
        throw bad("value not set in " + where);
    }

    private static List<FieldFilter> filter(JsonValue value) throws IcatServerException {
        JsonObject filter = object("filter", value);
        List<FieldFilter> filters = new ArrayList<>();
        for (Map.Entry<String, JsonValue> entry : filter.entrySet()) {
            String field = field(entry.getKey());
            JsonValue condition = entry.getValue();
            if (condition instanceof JsonObject nested) {
                filters.add(nested(field, nested));
            } else if (condition instanceof JsonArray array && !array.isEmpty()
                    && array.get(0) instanceof JsonObject) {
                // Several nested objects that must each be matched: one Nested filter per object.
                bounded("filter " + field, array.size());
                for (JsonValue item : array) {
                    filters.add(nested(field, object("filter " + field + " entries", item)));
                }
            } else {
                filters.add(new FieldFilter.AnyOf(field, values("filter " + field, condition)));
            }
        }
        return filters;
    }

    private static FieldFilter.Nested nested(String field, JsonObject nested) throws IcatServerException {
        if (!(nested.get("filter") instanceof JsonArray conditions)) {
            throw bad("filter " + field + " must be a string, a list of strings or {\"filter\": [...]}");
        }
        bounded("filter " + field, conditions.size());
        List<FieldFilter.NestedCondition> list = new ArrayList<>();
        for (JsonValue item : conditions) {
            JsonObject condition = object("filter " + field + " conditions", item);
            String where = "filter " + field;
            if (!condition.containsKey("field")) {
                throw bad(where + ": each condition needs a field");
            }
            String nestedField = field(string(where + " field", condition.get("field")));
            where = where + "." + nestedField;
            String units = condition.containsKey("units") ? string(where + " units", condition.get("units")) : null;
            if (condition.containsKey("value")) {
                list.add(new FieldFilter.Equals(nestedField, string(where + " value", condition.get("value"))));
            } else if (condition.containsKey("exact")) {
                list.add(new FieldFilter.Exact(nestedField, number(where + " exact", condition.get("exact")), units));
            } else if (condition.containsKey("from") && condition.containsKey("to")) {
                double from = number(where + " from", condition.get("from"));
                double to = number(where + " to", condition.get("to"));
                if (from > to) {
                    throw bad(where + ": from must not be above to");
                }
                list.add(new FieldFilter.Range(nestedField, from, to, units));
            } else {
                throw bad(where + " needs value, exact, or from and to");
            }
        }
        return new FieldFilter.Nested(field, list);
    }

    private static List<FacetRequest> facets(JsonValue value) throws IcatServerException {
        JsonArray array = array("facets", value);
        List<FacetRequest> facets = new ArrayList<>();
        for (JsonValue item : array) {
            JsonObject facet = object("each of facets", item);
            if (!facet.containsKey("target")) {
                throw bad("target not set in one of facets");
            }
            String target = field(string("a facet's target", facet.get("target")));
            List<FacetRequest.Dimension> dimensions = new ArrayList<>();
            if (facet.containsKey("dimensions")) {
                for (JsonValue d : array("facet " + target + " dimensions", facet.get("dimensions"))) {
                    dimensions.add(dimension(target, object("facet " + target + " dimensions", d)));
                }
            }
            facets.add(new FacetRequest(target, dimensions));
        }
        return facets;
    }

    private static FacetRequest.Dimension dimension(String target, JsonObject dimension) throws IcatServerException {
        String where = "facet " + target;
        if (!dimension.containsKey("dimension")) {
            throw bad(where + ": dimension not set in one of dimensions");
        }
        String name = field(string(where + " dimension", dimension.get("dimension")));
        where = where + "." + name;
        List<FacetRequest.Range> ranges = new ArrayList<>();
        if (dimension.containsKey("ranges")) {
            for (JsonValue r : array(where + " ranges", dimension.get("ranges"))) {
                JsonObject range = object(where + " ranges", r);
                Double from = range.containsKey("from") ? number(where + " from", range.get("from")) : null;
                Double to = range.containsKey("to") ? number(where + " to", range.get("to")) : null;
                if (from == null && to == null) {
                    throw bad(where + ": a range needs from, to or both");
                }
                if (from != null && to != null && from > to) {
                    throw bad(where + ": a range's from must not be above its to");
                }
                String key = range.containsKey("key") ? string(where + " key", range.get("key"))
                        : (from == null ? "*" : format(from)) + "-" + (to == null ? "*" : format(to));
                ranges.add(new FacetRequest.Range(key, from, to));
            }
        }
        return new FacetRequest.Dimension(name, ranges);
    }

    /** A range's default key as OpenSearch writes it: {@code 1.0-5.0}, {@code *-5.0}. */
    private static String format(double value) {
        return Double.toString(value);
    }

    private static List<String> values(String key, JsonValue value) throws IcatServerException {
        return switch (value.getValueType()) {
            case STRING, NUMBER -> List.of(scalar(key, value));
            case ARRAY -> {
                JsonArray array = value.asJsonArray();
                if (array.isEmpty()) {
                    throw bad(key + " must not be an empty list");
                }
                bounded(key, array.size());
                List<String> values = new ArrayList<>();
                for (JsonValue item : array) {
                    values.add(scalar(key, item));
                }
                yield values;
            }
            default -> throw bad(key + " must be a string, a number or a list of them, not " + Shown.of(value));
        };
    }

    private static String scalar(String key, JsonValue value) throws IcatServerException {
        if (value instanceof JsonString text) {
            return text.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.isIntegral() ? number.bigIntegerValue().toString() : number.toString();
        }
        throw bad(key + " values must be strings or numbers, not " + Shown.of(value));
    }

    private static List<String> strings(String key, JsonValue value) throws IcatServerException {
        JsonArray array = array(key, value);
        List<String> strings = new ArrayList<>();
        for (JsonValue item : array) {
            strings.add(string(key + " entries", item));
        }
        return strings;
    }

    private static String field(String name) throws IcatServerException {
        if (name.length() > 100 || !FIELD.matcher(name).matches()) {
            throw bad("'" + Shown.of(name) + "' is not a document field name");
        }
        return name;
    }

    private static String string(String key, JsonValue value) throws IcatServerException {
        if (value instanceof JsonString text) {
            if (text.getString().indexOf('\0') >= 0) {
                throw bad(key + " must not contain a NUL character");
            }
            return text.getString();
        }
        throw bad(key + " must be a string, not " + Shown.of(value));
    }

    private static double number(String key, JsonValue value) throws IcatServerException {
        if (value instanceof JsonNumber number) {
            double d = number.doubleValue();
            if (Double.isFinite(d)) {
                return d;
            }
        }
        throw bad(key + " must be a number, not " + Shown.of(value));
    }

    private static JsonArray array(String key, JsonValue value) throws IcatServerException {
        if (value instanceof JsonArray array) {
            bounded(key, array.size());
            return array;
        }
        throw bad(key + " must be a list, not " + Shown.of(value));
    }

    private static JsonObject object(String key, JsonValue value) throws IcatServerException {
        if (value instanceof JsonObject object) {
            return object;
        }
        throw bad(key + " must be a JSON object, not " + Shown.of(value));
    }

    private static void bounded(String key, int size) throws IcatServerException {
        if (size > MAX_ITEMS) {
            throw bad(key + " has " + size + " entries; at most " + MAX_ITEMS + " are allowed");
        }
    }

    static JsonValue read(String text) throws IcatServerException {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw bad("not valid JSON: " + Shown.of(text));
        }
    }

    static IcatServerException bad(String message) {
        return new IcatServerException(IcatErrorType.BAD_PARAMETER, message);
    }
}
