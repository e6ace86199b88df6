package org.beamcat.icat.server.documents;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.searchengine.DocumentFields;
import org.beamcat.icat.server.searchengine.EntityKind;
import org.beamcat.icat.server.searchengine.SearchCursor;
import org.beamcat.icat.server.searchengine.SearchPage;
import org.beamcat.icat.server.searchengine.SearchQuery;

/**
 * Translates a parsed {@code search/documents} request into the search port's {@link SearchQuery} and the port's
 * {@link SearchPage} back into the 6.1 answer. The port computes hits, totals and facet counts over the caller's
 * readable entities only, so every readable hit up to {@code maxCount} is returned in one page (which satisfies
 * {@code minCount} whenever there are so many).
 *
 * <p>Facets: the port counts fields of the searched entity. A facet whose target is another entity (ICAT 6.1's
 * {@code DatasetParameter} dimensions) is refused with BAD_PARAMETER rather than answered wrongly.
 */
final class PortTranslation {

    /** How many values a term facet lists, as icat.server (10 labels per dimension). */
    static final int FACET_LABELS = 10;

    private PortTranslation() {
    }

    static SearchQuery toPort(DocumentSearchRequest request) throws IcatServerException {
        DocumentQuery query = request.query();
        EntityKind target = EntityKind.valueOf(query.target().name());
        List<SearchQuery.TermFilter> terms = new ArrayList<>();
        List<SearchQuery.RangeFilter> ranges = new ArrayList<>();
        List<SearchQuery.ParameterFilter> parameters = new ArrayList<>();
        dates(target, query, ranges);
        for (ParameterCondition condition : query.parameters()) {
            parameters.add(parameter(condition));
        }
        for (FieldFilter filter : query.filters()) {
            filter(filter, terms, ranges, parameters);
        }
        List<SearchQuery.FacetRequest> facets = new ArrayList<>();
        for (FacetRequest facet : query.facets()) {
            if (!facet.target().equals(target.icatName())) {
                throw DocumentQueryParser.bad("facets of " + facet.target() + " are not counted when searching "
                        + target.icatName() + ": facet the fields of " + target.icatName());
            }
            for (FacetRequest.Dimension dimension : facet.dimensions()) {
                List<SearchQuery.FacetRange> facetRanges = new ArrayList<>();
                for (FacetRequest.Range range : dimension.ranges()) {
                    facetRanges.add(new SearchQuery.FacetRange(range.key(), range.from(), range.to()));
                }
                facets.add(new SearchQuery.FacetRequest(IcatFieldNames.toPort(dimension.name()), FACET_LABELS,
                        facetRanges));
            }
        }
        List<SearchQuery.SortKey> sort = new ArrayList<>();
        for (SortKey key : request.sort()) {
            sort.add(new SearchQuery.SortKey(IcatFieldNames.toPort(key.field()), key.descending()));
        }
        Optional<SearchCursor> after = request.searchAfter() == null ? Optional.empty()
                : Optional.of(cursor(request.searchAfter()));
        return new SearchQuery(target, query.text(), terms, ranges, parameters, query.samples(), query.user(),
                query.userFullName(), facets, sort, after, request.maxCount());
    }

    /**
     * {@code lower}/{@code upper}, as icat.server 6.1 applies them: the start and end dates of investigations and
     * datasets both lie in the range; a datafile's one date (its modification time) does.
     */
    private static void dates(EntityKind target, DocumentQuery query, List<SearchQuery.RangeFilter> ranges) {
        if (query.lowerMillis() == null && query.upperMillis() == null) {
            return;
        }
        Double lower = query.lowerMillis() == null ? null : query.lowerMillis().doubleValue();
        Double upper = query.upperMillis() == null ? null : query.upperMillis().doubleValue();
        if (target == EntityKind.DATAFILE) {
            ranges.add(new SearchQuery.RangeFilter(IcatFieldNames.toPort("date"), lower, upper));
        } else {
            ranges.add(new SearchQuery.RangeFilter(DocumentFields.START_DATE, lower, upper));
            ranges.add(new SearchQuery.RangeFilter(DocumentFields.END_DATE, lower, upper));
        }
    }

    private static SearchQuery.ParameterFilter parameter(ParameterCondition condition) {
        if (condition.value() instanceof ParameterCondition.Text text) {
            return new SearchQuery.ParameterFilter(condition.name(), condition.units(), text.value(), null, null,
                    null, null);
        }
        if (condition.value() instanceof ParameterCondition.NumberRange range) {
            return new SearchQuery.ParameterFilter(condition.name(), condition.units(), null, range.lower(),
                    range.upper(), null, null);
        }
        ParameterCondition.DateRange range = (ParameterCondition.DateRange) condition.value();
        return new SearchQuery.ParameterFilter(condition.name(), condition.units(), null, null, null,
                Instant.ofEpochMilli(range.lowerMillis()), Instant.ofEpochMilli(range.upperMillis()));
    }

    private static void filter(FieldFilter filter, List<SearchQuery.TermFilter> terms,
            List<SearchQuery.RangeFilter> ranges, List<SearchQuery.ParameterFilter> parameters)
            throws IcatServerException {
        if (filter instanceof FieldFilter.AnyOf anyOf) {
            terms.add(new SearchQuery.TermFilter(IcatFieldNames.toPort(anyOf.field()), anyOf.values()));
            return;
        }
        FieldFilter.Nested nested = (FieldFilter.Nested) filter;
        if (IcatFieldNames.isParameters(nested.field())) {
            parameters.add(nestedParameter(nested));
            return;
        }
        for (FieldFilter.NestedCondition condition : nested.conditions()) {
            String field = IcatFieldNames.toPort(nested.field() + "." + condition.field());
            if (condition instanceof FieldFilter.Equals equals) {
                terms.add(new SearchQuery.TermFilter(field, List.of(equals.value())));
            } else if (condition instanceof FieldFilter.Range range) {
                ranges.add(new SearchQuery.RangeFilter(field, range.from(), range.to()));
            } else {
                double exact = ((FieldFilter.Exact) condition).value();
                ranges.add(new SearchQuery.RangeFilter(field, exact, exact));
            }
        }
    }

    /**
     * A 6.1 nested parameter filter ({@code type.name}, {@code type.units}, {@code stringValue},
     * {@code numericValue} from/to or exact, {@code dateTimeValue} from/to) as one parameter condition.
     */
    private static SearchQuery.ParameterFilter nestedParameter(FieldFilter.Nested nested) throws IcatServerException {
        String name = null;
        String units = null;
        String text = null;
        Double lower = null;
        Double upper = null;
        Instant lowerDate = null;
        Instant upperDate = null;
        for (FieldFilter.NestedCondition condition : nested.conditions()) {
            String field = condition.field();
            if (condition instanceof FieldFilter.Equals equals && field.equals("type.name")) {
                name = equals.value();
            } else if (condition instanceof FieldFilter.Equals equals && field.equals("type.units")) {
                units = equals.value();
            } else if (condition instanceof FieldFilter.Equals equals && field.equals("stringValue")) {
                text = equals.value();
            } else if (condition instanceof FieldFilter.Range range && field.equals("numericValue")) {
                lower = range.from();
                upper = range.to();
                units = range.units() != null ? range.units() : units;
            } else if (condition instanceof FieldFilter.Exact exact && field.equals("numericValue")) {
                lower = exact.value();
                upper = exact.value();
                units = exact.units() != null ? exact.units() : units;
            } else if (condition instanceof FieldFilter.Range range && field.equals("dateTimeValue")) {
                lowerDate = Instant.ofEpochMilli((long) range.from());
                upperDate = Instant.ofEpochMilli((long) range.to());
            } else {
                throw DocumentQueryParser.bad("filter " + nested.field() + "." + field + " is not a parameter"
                        + " condition (type.name, type.units, stringValue, numericValue, dateTimeValue)");
            }
        }
        if (name == null) {
            throw DocumentQueryParser.bad("filter " + nested.field() + " needs a type.name value");
        }
        return new SearchQuery.ParameterFilter(name, units, text, lower, upper, lowerDate, upperDate);
    }

    /**
     * The port's opaque cursor as JSON: strings and longs as themselves, doubles as JSON decimals, a float (the
     * relevance score) as {@code {"score": x}} so that it comes back as the same float.
     */
    static JsonArray cursorJson(SearchCursor cursor) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Object value : cursor.values()) {
            if (value instanceof String s) {
                array.add(s);
            } else if (value instanceof Long || value instanceof Integer) {
                array.add(((Number) value).longValue());
            } else if (value instanceof Float f) {
                array.add(Json.createObjectBuilder().add("score", f.doubleValue()));
            } else if (value instanceof Double d) {
                // BigDecimal.valueOf keeps a scale (5.0, 1.0E+20), so the value reads back as a decimal, not a long.
                array.add(Json.createValue(BigDecimal.valueOf(d)));
            } else {
                throw new IllegalStateException("cursor value of type " + value.getClass().getSimpleName());
            }
        }
        return array.build();
    }

    static SearchCursor cursor(JsonArray json) throws IcatServerException {
        List<Object> values = new ArrayList<>();
        for (JsonValue value : json) {
            if (value instanceof JsonString s) {
                values.add(s.getString());
            } else if (value instanceof JsonNumber n && n.isIntegral()) {
                values.add(longValue(n));
            } else if (value instanceof JsonNumber n) {
                values.add(n.doubleValue());
            } else if (value instanceof JsonObject o && o.size() == 1 && o.get("score") instanceof JsonNumber n) {
                values.add((float) n.doubleValue());
            } else {
                throw DocumentQueryParser.bad("search_after must be the JSON array a previous page answered, not "
                        + Shown.of(json));
            }
        }
        return new SearchCursor(values);
    }

    private static long longValue(JsonNumber number) throws IcatServerException {
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            throw DocumentQueryParser.bad("search_after holds a number out of range: " + Shown.of(number));
        }
    }

    static DocumentSearchResult fromPort(DocumentSearchRequest request, SearchPage page) {
        List<DocumentSearchResult.Hit> hits = new ArrayList<>();
        for (SearchPage.Hit hit : page.hits()) {
            hits.add(new DocumentSearchResult.Hit(hit.id(), hit.score(), source(hit)));
        }
        List<DocumentSearchResult.FacetDimension> dimensions = new ArrayList<>();
        int i = 0;
        String target = request.query().target().entityName();
        for (FacetRequest facet : request.query().facets()) {
            for (FacetRequest.Dimension dimension : facet.dimensions()) {
                SearchPage.FacetResult counted = i < page.facets().size() ? page.facets().get(i) : null;
                i++;
                List<DocumentSearchResult.FacetLabel> labels = new ArrayList<>();
                if (counted != null) {
                    for (SearchPage.FacetCount count : counted.counts()) {
                        FacetRequest.Range range = dimension.ranges().stream()
                                .filter(r -> r.key().equals(count.value())).findFirst().orElse(null);
                        labels.add(new DocumentSearchResult.FacetLabel(count.value(), count.count(),
                                range == null ? null : range.from(), range == null ? null : range.to()));
                    }
                }
                dimensions.add(new DocumentSearchResult.FacetDimension(target, dimension.name(), labels));
            }
        }
        JsonArray next = page.next().map(PortTranslation::cursorJson).orElse(null);
        return new DocumentSearchResult(next, hits, dimensions, page.total());
    }

    /** A hit's document: each field (in name order) with its one value, or its list of values when it has several. */
    private static JsonObject source(SearchPage.Hit hit) {
        JsonObjectBuilder source = Json.createObjectBuilder().add("id", hit.id());
        for (Map.Entry<String, List<String>> field : new TreeMap<>(hit.source()).entrySet()) {
            List<String> values = field.getValue();
            if (values.size() == 1) {
                source.add(field.getKey(), values.get(0));
            } else if (!values.isEmpty()) {
                source.add(field.getKey(), Json.createArrayBuilder(values));
            }
        }
        return source.build();
    }
}
