package org.beamcat.portal.search;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beamcat.portal.browse.InvalidParameter;
import org.beamcat.portal.catalogue.Caller;
import org.beamcat.portal.catalogue.CatalogueException;
import org.beamcat.portal.catalogue.DocumentHit;
import org.beamcat.portal.catalogue.DocumentPage;
import org.beamcat.portal.catalogue.PortalCatalogue;

/**
 * Searching the catalogue's engine with the caller's own session (use case): the engine applies the rules to the
 * hits, the total and every facet count, so a member never learns a value of data they cannot read.
 */
public final class Search {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withZone(ZoneOffset.UTC);

    private final PortalCatalogue catalogue;
    private final int pageSize;
    private final Clock clock;

    public Search(PortalCatalogue catalogue, int pageSize, Clock clock) {
        this.catalogue = catalogue;
        this.pageSize = pageSize;
        this.clock = clock;
    }

    public SearchResult run(Caller caller, Map<String, String> params) throws InvalidParameter, CatalogueException {
        SearchRequest request = SearchRequest.parse(params);
        int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
        String cursor = request.cursor().isPresent() ? SearchRequest.decodeCursor(request.cursor().get()) : null;
        DocumentPage page = catalogue.searchDocuments(caller, SearchQueries.query(request, year),
                SearchQueries.sort(request), cursor, pageSize);
        List<SearchResult.Hit> hits = page.hits().stream().map(hit -> hit(request.target(), hit)).toList();
        return new SearchResult(request, hits, page.total(), facets(request, page),
                page.nextCursor() == null || page.hits().size() < pageSize ? null : SearchRequest.encodeCursor(page.nextCursor()));
    }

    private static List<SearchResult.FacetView> facets(SearchRequest request, DocumentPage page) {
        List<SearchResult.FacetView> views = new ArrayList<>();
        for (SearchTarget.Facet facet : request.target().facets) {
            Map<String, Long> counts = page.facets().getOrDefault(facet.field, Map.of());
            String chosen = request.filters().get(facet);
            List<SearchResult.FacetValue> values = new ArrayList<>();
            counts.forEach((value, count) -> {
                if (count > 0) {
                    values.add(new SearchResult.FacetValue(value, count, value.equals(chosen)));
                }
            });
            if (chosen != null && values.stream().noneMatch(SearchResult.FacetValue::chosen)) {
                values.add(0, new SearchResult.FacetValue(chosen, 0, true));
            }
            views.add(new SearchResult.FacetView(facet.label, facet.parameter, values));
        }
        Map<String, Long> years = page.facets().getOrDefault(SearchTarget.DATE_FIELD, Map.of());
        String chosenYear = request.year().map(String::valueOf).orElse(null);
        List<SearchResult.FacetValue> yearValues = new ArrayList<>();
        years.forEach((value, count) -> {
            if (count > 0 || value.equals(chosenYear)) {
                yearValues.add(new SearchResult.FacetValue(value, count, value.equals(chosenYear)));
            }
        });
        views.add(new SearchResult.FacetView(request.target() == SearchTarget.DATAFILE ? "Year created" : "Start year",
                "year", yearValues));
        return views;
    }

    private static SearchResult.Hit hit(SearchTarget target, DocumentHit hit) {
        String name = Optional.ofNullable(hit.field("name")).orElse("#" + hit.id());
        return switch (target) {
            case INVESTIGATION -> new SearchResult.Hit(hit.id(), name,
                    join(hit.field("title"), hit.field("instrument"), day(hit.field("startDate"))),
                    "/investigation.xhtml?id=" + hit.id());
            case DATASET -> new SearchResult.Hit(hit.id(), name,
                    join(hit.field("investigation.name"), hit.field("type"), hit.field("sample"), day(hit.field("startDate"))),
                    "/dataset.xhtml?id=" + hit.id());
            case DATAFILE -> new SearchResult.Hit(hit.id(), name,
                    join(hit.field("dataset.name"), hit.field("investigation.name"), hit.field("format")),
                    "/datafile.xhtml?id=" + hit.id());
        };
    }

    private static String join(String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part);
            }
        }
        return String.join(" · ", present);
    }

    /** A stored date as a day: the engine's source holds ISO instants (or milliseconds since 1970). */
    static String day(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return DAY.format(Instant.parse(stored));
        } catch (java.time.DateTimeException e) {
            try {
                return DAY.format(Instant.ofEpochMilli((long) Double.parseDouble(stored)));
            } catch (NumberFormatException | java.time.DateTimeException notMillis) {
                return stored;
            }
        }
    }
}
