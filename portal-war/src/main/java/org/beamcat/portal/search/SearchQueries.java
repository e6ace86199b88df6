package org.beamcat.portal.search;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Turns a {@link SearchRequest} into the engine's JSON query (docs/search-api.md): free text, the chosen facet
 * values as term filters, the year as a date range, the parameter range with its units, and the facets to count
 * (the target's term facets and one range per year for the last {@link #YEARS} years).
 */
public final class SearchQueries {

    static final int YEARS = 10;

    private SearchQueries() {
    }

    public static String query(SearchRequest request, int currentYear) {
        SearchTarget target = request.target();
        JsonObjectBuilder query = Json.createObjectBuilder().add("target", target.entity);
        request.text().ifPresent(text -> query.add("text", text));
        if (!request.filters().isEmpty()) {
            JsonObjectBuilder filter = Json.createObjectBuilder();
            for (Map.Entry<SearchTarget.Facet, String> chosen : request.filters().entrySet()) {
                filter.add(chosen.getKey().field, chosen.getValue());
            }
            query.add("filter", filter);
        }
        request.year().ifPresent(year -> query.add("lower", year + "01010000").add("upper", year + "12312359"));
        request.parameter().ifPresent(p -> {
            JsonObjectBuilder condition = Json.createObjectBuilder().add("name", p.name())
                    .add("lowerNumericValue", p.from()).add("upperNumericValue", p.to());
            if (!p.units().isEmpty()) {
                condition.add("units", p.units());
            }
            query.add("parameters", Json.createArrayBuilder().add(condition));
        });
        JsonArrayBuilder dimensions = Json.createArrayBuilder();
        for (SearchTarget.Facet facet : target.facets) {
            dimensions.add(Json.createObjectBuilder().add("dimension", facet.field));
        }
        JsonArrayBuilder years = Json.createArrayBuilder();
        for (int year = currentYear; year > currentYear - YEARS; year--) {
            years.add(Json.createObjectBuilder().add("key", Integer.toString(year))
                    .add("from", startOf(year)).add("to", startOf(year + 1) - 1));
        }
        dimensions.add(Json.createObjectBuilder().add("dimension", SearchTarget.DATE_FIELD).add("ranges", years));
        query.add("facets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("target", target.entity).add("dimensions", dimensions)));
        return query.build().toString();
    }

    /** Newest first when there are no words to rank by; by relevance otherwise. */
    public static String sort(SearchRequest request) {
        return request.text().isPresent() ? null
                : Json.createObjectBuilder().add(SearchTarget.DATE_FIELD, "desc").build().toString();
    }

    private static long startOf(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
