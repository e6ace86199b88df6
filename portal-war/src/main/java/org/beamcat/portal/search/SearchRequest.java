package org.beamcat.portal.search;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.beamcat.portal.browse.InvalidParameter;

/**
 * A search as its URL states it, checked: {@code q} (words, at most 200 characters), {@code target}
 * ({@code investigation}, {@code dataset}, {@code datafile}), one value per facet of the target
 * ({@code beamline=ID11}, {@code type=raw}…), {@code year} (a start year), a parameter range ({@code param},
 * {@code from}, {@code to}, {@code units}) and {@code after} (the next page's cursor, as the portal wrote it).
 * Parameters of other facets are refused, so a URL never says more than the page shows.
 */
public record SearchRequest(SearchTarget target, Optional<String> text, Map<SearchTarget.Facet, String> filters,
        Optional<Integer> year, Optional<ParameterRange> parameter, Optional<String> cursor) {

    private static final Pattern TEXT = Pattern.compile("[^\\p{Cntrl}]{1,200}");
    private static final Pattern VALUE = Pattern.compile("[^\\p{Cntrl}]{1,200}");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d{1,15})?([eE][-+]?\\d{1,3})?");
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_-]{1,2000}");
    private static final java.util.Set<String> KNOWN = java.util.Set.of("q", "target", "beamline", "type", "sample",
            "format", "year", "param", "from", "to", "units", "after");

    public SearchRequest {
        filters = Map.copyOf(filters);
    }

    public static SearchRequest parse(Map<String, String> params) throws InvalidParameter {
        for (String name : params.keySet()) {
            if (!KNOWN.contains(name)) {
                throw new InvalidParameter("unknown search parameter");
            }
        }
        SearchTarget target = SearchTarget.INVESTIGATION;
        String targetText = params.get("target");
        if (targetText != null) {
            target = switch (targetText) {
                case "investigation" -> SearchTarget.INVESTIGATION;
                case "dataset" -> SearchTarget.DATASET;
                case "datafile" -> SearchTarget.DATAFILE;
                default -> throw new InvalidParameter("target must be investigation, dataset or datafile");
            };
        }
        Optional<String> text = optional(params, "q", TEXT);
        Map<SearchTarget.Facet, String> filters = new LinkedHashMap<>();
        for (SearchTarget.Facet facet : SearchTarget.Facet.values()) {
            String value = params.get(facet.parameter);
            if (value == null || value.isEmpty()) {
                continue;
            }
            if (!target.facets.contains(facet)) {
                boolean sameParameterElsewhere = target.facets.stream().anyMatch(f -> f.parameter.equals(facet.parameter));
                if (!sameParameterElsewhere) {
                    throw new InvalidParameter(facet.parameter + " is not a filter of this search");
                }
                continue;
            }
            if (!VALUE.matcher(value).matches()) {
                throw new InvalidParameter(facet.parameter + " must be at most 200 printable characters");
            }
            filters.put(facet, value);
        }
        Optional<Integer> year = optional(params, "year", YEAR).map(Integer::parseInt);
        Optional<ParameterRange> parameter = parameter(params);
        Optional<String> cursor = optional(params, "after", CURSOR);
        if (cursor.isPresent()) {
            decodeCursor(cursor.get());
        }
        return new SearchRequest(target, text.map(String::strip).filter(t -> !t.isEmpty()), filters, year, parameter, cursor);
    }

    private static Optional<ParameterRange> parameter(Map<String, String> params) throws InvalidParameter {
        Optional<String> name = optional(params, "param", VALUE);
        Optional<String> from = optional(params, "from", NUMBER);
        Optional<String> to = optional(params, "to", NUMBER);
        Optional<String> units = optional(params, "units", VALUE);
        if (name.isEmpty()) {
            if (from.isPresent() || to.isPresent() || units.isPresent()) {
                throw new InvalidParameter("a parameter range needs the parameter's name");
            }
            return Optional.empty();
        }
        double low = from.map(Double::parseDouble).orElse(-Double.MAX_VALUE);
        double high = to.map(Double::parseDouble).orElse(Double.MAX_VALUE);
        if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
            throw new InvalidParameter("the parameter range's from must not be above its to");
        }
        return Optional.of(new ParameterRange(name.get().strip(), low, high, units.map(String::strip).orElse("")));
    }

    private static Optional<String> optional(Map<String, String> params, String name, Pattern pattern)
            throws InvalidParameter {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (!pattern.matcher(value).matches()) {
            throw new InvalidParameter(name + " is malformed");
        }
        return Optional.of(value);
    }

    /** The engine's cursor (a JSON array of at most 8 numbers or strings) as the URL carries it: base64url. */
    public static String encodeCursor(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The JSON array back from the URL; anything else is refused. */
    public static String decodeCursor(String encoded) throws InvalidParameter {
        String json;
        try {
            json = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("after is malformed");
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            if (array.isEmpty() || array.size() > 8) {
                throw new InvalidParameter("after is malformed");
            }
            for (JsonValue value : array) {
                if (!(value instanceof JsonNumber || value instanceof JsonString || value == JsonValue.NULL)) {
                    throw new InvalidParameter("after is malformed");
                }
            }
            return array.toString();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidParameter("after is malformed");
        }
    }
}
