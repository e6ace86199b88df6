package org.beamcat.icat.server.freetext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beamcat.icat.server.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.searchengine.DocumentFields;
import org.beamcat.icat.server.searchengine.EntityKind;
import org.beamcat.icat.server.searchengine.SearchPage;
import org.beamcat.icat.server.searchengine.SearchQuery;
import org.junit.jupiter.api.Test;

class FreeTextSearchTest {

    private static void assertBadParameter(String query, String message) {
        IcatServerException e = assertThrows(IcatServerException.class, () -> FreeTextSearch.parse(query, 10, 100));
        assertEquals(IcatErrorType.BAD_PARAMETER, e.type());
        assertEquals(message, e.getMessage());
    }

    @Test
    void aFullQueryBecomesOneSearch() throws Exception {
        SearchQuery query = FreeTextSearch.parse("{\"target\":\"Investigation\",\"user\":\"simple/alice\","
                + "\"text\":\"MA-4321\",\"lower\":\"202401010000\",\"upper\":\"202412312359\","
                + "\"parameters\":[{\"name\":\"energy\",\"units\":\"keV\",\"lowerNumericValue\":10,"
                + "\"upperNumericValue\":20},{\"name\":\"mode\",\"units\":\"\",\"stringValue\":\"fly\"},"
                + "{\"name\":\"calibrated\",\"units\":\"\",\"lowerDateValue\":\"202401010000\","
                + "\"upperDateValue\":\"202402010000\"}],"
                + "\"samples\":[\"lysozyme\"],\"userFullName\":\"Alice\"}", 25, 100);
        assertEquals(EntityKind.INVESTIGATION, query.target());
        assertEquals("MA-4321", query.text());
        assertEquals("simple/alice", query.user());
        assertEquals("Alice", query.userFullName());
        assertEquals(List.of("lysozyme"), query.samples());
        assertEquals(25, query.pageSize());
        Instant lower = Instant.parse("2024-01-01T00:00:00Z");
        Instant upper = Instant.parse("2024-12-31T23:59:00Z");
        assertEquals(List.of(SearchQuery.RangeFilter.dates(DocumentFields.START_DATE, lower, upper),
                SearchQuery.RangeFilter.dates(DocumentFields.END_DATE, lower, upper)), query.ranges());
        assertEquals(List.of(
                new SearchQuery.ParameterFilter("energy", "keV", null, 10.0, 20.0, null, null),
                new SearchQuery.ParameterFilter("mode", "", "fly", null, null, null, null),
                new SearchQuery.ParameterFilter("calibrated", "", null, null, null, lower,
                        Instant.parse("2024-02-01T00:00:00Z"))), query.parameters());
        assertEquals(List.of(), query.sort(), "ranked by relevance");
    }

    @Test
    void datafilesAreBoundedByTheirDate() throws Exception {
        SearchQuery query = FreeTextSearch.parse("{\"target\":\"Datafile\",\"lower\":\"202401010000\"}", null, 50);
        assertEquals(List.of(SearchQuery.RangeFilter.dates(DocumentFields.END_DATE,
                Instant.parse("2024-01-01T00:00:00Z"), null)), query.ranges());
        assertEquals(50, query.pageSize(), "the default maxCount is bounded by maxEntities");
    }

    @Test
    void queriesAreChecked() {
        assertBadParameter(null, "query is not set");
        assertBadParameter("{\"target\":\"Sample\"}", "target must be one of Investigation, Dataset or Datafile");
        assertBadParameter("{\"text\":\"x\"}", "target must be one of Investigation, Dataset or Datafile");
        assertBadParameter("{\"target\":\"Dataset\",\"parameters\":[{\"name\":\"a\"}]}",
                "each parameter needs a name and units");
        assertBadParameter("{\"target\":\"Dataset\",\"parameters\":[{\"name\":\"a\",\"units\":\"eV\"}]}",
                "parameter a needs stringValue, lowerNumericValue/upperNumericValue or lowerDateValue/upperDateValue");
        assertBadParameter("{\"target\":\"Dataset\",\"lower\":\"2024-01-01\"}",
                "lower must be a date as yyyyMMddHHmm, not '2024-01-01'");
        assertBadParameter("{\"target\":\"Dataset\",\"samples\":[1]}", "samples must be an array of strings");
        assertBadParameter("{\"target\":\"Dataset\",\"text\":7}", "text must be a string");
        assertBadParameter("[1]", "query must be a JSON object");
        assertEquals(IcatErrorType.BAD_PARAMETER,
                assertThrows(IcatServerException.class, () -> FreeTextSearch.parse("{rubbish", 1, 1)).type());
        assertEquals(IcatErrorType.BAD_PARAMETER, assertThrows(IcatServerException.class,
                () -> FreeTextSearch.parse("{\"target\":\"Dataset\"}", 101, 100)).type());
    }

    @Test
    void hitsAreWrittenAsIdAndScore() {
        SearchPage page = new SearchPage(List.of(new SearchPage.Hit(12, 0.5f, Map.of()),
                new SearchPage.Hit(7, Float.NaN, Map.of())), 2, List.of(), Optional.empty());
        assertEquals("[{\"id\":12,\"score\":0.5},{\"id\":7,\"score\":0.0}]", FreeTextSearch.answer(page));
    }
}
