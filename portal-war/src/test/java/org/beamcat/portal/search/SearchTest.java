package org.beamcat.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beamcat.portal.browse.InvalidParameter;
import org.beamcat.portal.catalogue.Caller;
import org.beamcat.portal.catalogue.DocumentHit;
import org.beamcat.portal.catalogue.DocumentPage;
import org.beamcat.portal.catalogue.InMemoryPortalCatalogue;
import org.beamcat.support.testing.ManualClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTest {

    private final InMemoryPortalCatalogue catalogue = new InMemoryPortalCatalogue().user("alice", "alice");
    private final Search search = new Search(catalogue, 2, new ManualClock(Instant.parse("2026-12-07T10:00:00Z")));
    private Caller alice;

    @BeforeEach
    void login() throws Exception {
        alice = catalogue.login("simple", Map.of("username", "alice", "password", "alice"));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void chosenFacetValuesBecomeTermFiltersAndEveryFacetOfTheTargetIsCounted() throws Exception {
        search.run(alice, Map.of("q", "titanium", "target", "dataset", "beamline", "ID11", "type", "raw", "year", "2026"));
        JsonObject query = json(catalogue.lastQuery);
        assertEquals("Dataset", query.getString("target"));
        assertEquals("titanium", query.getString("text"));
        assertEquals(json("{\"instrument\":\"ID11\",\"type\":\"raw\"}"), query.getJsonObject("filter"));
        assertEquals("202601010000", query.getString("lower"));
        assertEquals("202612312359", query.getString("upper"));
        JsonObject facets = query.getJsonArray("facets").getJsonObject(0);
        assertEquals("Dataset", facets.getString("target"));
        assertEquals(List.of("instrument", "type", "sample", "startDate"), facets.getJsonArray("dimensions")
                .getValuesAs(JsonObject.class).stream().map(d -> d.getString("dimension")).toList());
        JsonObject years = facets.getJsonArray("dimensions").getJsonObject(3);
        assertEquals(10, years.getJsonArray("ranges").size());
        assertEquals("2026", years.getJsonArray("ranges").getJsonObject(0).getString("key"));
        assertNull(catalogue.lastSort, "words: by relevance");
    }

    @Test
    void aParameterRangeTravelsWithItsUnits() throws Exception {
        search.run(alice, Map.of("target", "dataset", "param", "InstrumentMonochromator_energy", "from", "40",
                "to", "45.5", "units", "keV"));
        JsonObject condition = json(catalogue.lastQuery).getJsonArray("parameters").getJsonObject(0);
        assertEquals("InstrumentMonochromator_energy", condition.getString("name"));
        assertEquals(40.0, condition.getJsonNumber("lowerNumericValue").doubleValue());
        assertEquals(45.5, condition.getJsonNumber("upperNumericValue").doubleValue());
        assertEquals("keV", condition.getString("units"));
        assertEquals("{\"startDate\":\"desc\"}", catalogue.lastSort, "no words: newest first");
    }

    @Test
    void facetCountsComeBackWithTheChosenValueMarkedAndHitsLinkToTheirPages() throws Exception {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        facets.put("instrument", Map.of("ID11", 3L));
        facets.put("type", new LinkedHashMap<>(Map.of("raw", 2L)));
        facets.put("startDate", new LinkedHashMap<>(Map.of("2026", 3L, "2025", 0L)));
        catalogue.nextDocumentPage = new DocumentPage(List.of(
                new DocumentHit(7, Map.of("name", "Ti64_as_built_0001", "investigation.name", "MA-4321", "startDate", "1773302400000")),
                new DocumentHit(8, Map.of("name", "Ti64_annealed_0001"))), 3, "[1.5,8]", facets);
        SearchResult result = search.run(alice, Map.of("target", "dataset", "beamline", "ID11"));
        assertEquals(3, result.total());
        assertEquals("/dataset.xhtml?id=7", result.hits().get(0).path());
        assertTrue(result.hits().get(0).detail().contains("MA-4321"));
        assertTrue(result.hits().get(0).detail().contains("2026-03-12"), result.hits().get(0).detail());
        SearchResult.FacetView beamline = result.facets().get(0);
        assertEquals("beamline", beamline.parameter());
        assertEquals(List.of(new SearchResult.FacetValue("ID11", 3, true)), beamline.values());
        SearchResult.FacetView years = result.facets().get(3);
        assertEquals(List.of(new SearchResult.FacetValue("2026", 3, false)), years.values(), "empty years are left out");
        assertEquals("[1.5,8]", SearchRequest.decodeCursor(result.nextCursor()));
        search.run(alice, Map.of("target", "dataset", "after", result.nextCursor()));
        assertEquals("[1.5,8]", catalogue.lastCursor);
    }

    @Test
    void storedDatesAreShownAsDays() {
        assertEquals("2026-03-12", Search.day("2026-03-12T08:00:00Z"));
        assertEquals("2026-03-12", Search.day("1773302400000"));
        assertEquals("soon", Search.day("soon"));
    }

    @Test
    void theLastPageHasNoNextCursor() throws Exception {
        catalogue.nextDocumentPage = new DocumentPage(List.of(new DocumentHit(1, Map.of())), 1, "[1]", Map.of());
        assertNull(search.run(alice, Map.of()).nextCursor());
    }

    @ParameterizedTest
    @ValueSource(strings = {"target=sample", "target=Dataset", "year=26", "year=3026", "year=2026x", "from=1",
            "param=energy&from=abc", "param=energy&from=5&to=1", "param=energy&from=1e999", "after=!!", "after=W10",
            "after=e30", "after=WzEsWzJdXQ", "format=HDF5", "sql=1", "q=a\u0000b", "beamline=a\nb"})
    void hostileParametersAreRefused(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], kv[1]);
        }
        assertThrows(InvalidParameter.class, () -> search.run(alice, params), query);
    }

    @Test
    void aLongQueryIsRefused() {
        assertThrows(InvalidParameter.class, () -> search.run(alice, Map.of("q", "x".repeat(201))));
        assertFalse(catalogue.lastQuery != null);
    }
}
