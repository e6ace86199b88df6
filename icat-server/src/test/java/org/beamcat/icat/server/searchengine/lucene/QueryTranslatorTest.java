package org.beamcat.icat.server.searchengine.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.searchengine.DocumentFields;
import org.beamcat.icat.server.searchengine.EntityKind;
import org.beamcat.icat.server.searchengine.SearchQuery;
import org.junit.jupiter.api.Test;

class QueryTranslatorTest {

    private final QueryTranslator translator = new QueryTranslator(new CatalogueAnalyzer(false));

    private static SearchQuery query(String text, List<SearchQuery.TermFilter> terms,
            List<SearchQuery.RangeFilter> ranges, List<SearchQuery.ParameterFilter> parameters,
            List<SearchQuery.SortKey> sort) {
        return new SearchQuery(EntityKind.DATASET, text, terms, ranges, parameters, List.of(), null, null, List.of(),
                sort, Optional.empty(), 10);
    }

    @Test
    void everyConditionIsAFilterBesideTheScoredText() throws Exception {
        Query lucene = translator.translate(query("MA-4321",
                List.of(new SearchQuery.TermFilter(DocumentFields.TYPE, List.of("raw"))),
                List.of(SearchQuery.RangeFilter.dates(DocumentFields.START_DATE, Instant.EPOCH, null)),
                List.of(new SearchQuery.ParameterFilter("energy", "keV", null, 10.0, 20.0, null, null)), List.of()));
        String text = lucene.toString();
        assertTrue(text.contains("#_kind:Dataset"), text);
        assertTrue(text.contains("+("), "the free text is a MUST clause: " + text);
        assertTrue(text.contains("name:ma-4321"), text);
        assertTrue(text.contains("#exact.type:(raw)") || text.contains("#exact.type:raw"), text);
        assertTrue(text.contains("#startDate:[0 TO"), text);
        // 10..20 keV as eV on the eV dimension
        assertTrue(text.contains("#param.n:energy@eV:[10000.0 TO 20000.0]"), text);
    }

    @Test
    void aParameterNeedsAValueOrARange() {
        IcatServerException e = assertThrows(IcatServerException.class, () -> QueryTranslator.parameter(
                new SearchQuery.ParameterFilter("energy", "keV", null, null, null, null, null)));
        assertEquals(IcatErrorType.BAD_PARAMETER, e.type());
    }

    @Test
    void unknownFieldsAndBadTextAreBadParameter() {
        for (SearchQuery bad : List.of(
                query(null, List.of(new SearchQuery.TermFilter("_kind", List.of("Dataset"))), List.of(), List.of(),
                        List.of()),
                query(null, List.of(), List.of(new SearchQuery.RangeFilter(DocumentFields.NAME, 1.0, 2.0)), List.of(),
                        List.of()),
                query("title:(unclosed", List.of(), List.of(), List.of(), List.of()))) {
            IcatServerException e = assertThrows(IcatServerException.class, () -> translator.translate(bad));
            assertEquals(IcatErrorType.BAD_PARAMETER, e.type(), bad.toString());
        }
        IcatServerException sort = assertThrows(IcatServerException.class, () -> QueryTranslator.sort(
                query(null, List.of(), List.of(), List.of(), List.of(new SearchQuery.SortKey("secret", false)))));
        assertEquals(IcatErrorType.BAD_PARAMETER, sort.type());
    }

    @Test
    void sortingEndsWithTheIdSoCursorsAreUnique() throws Exception {
        Sort relevance = QueryTranslator.sort(query("x", List.of(), List.of(), List.of(), List.of()));
        assertEquals(SortField.Type.SCORE, relevance.getSort()[0].getType());
        assertEquals(LuceneFields.ID, relevance.getSort()[1].getField());
        Sort byDate = QueryTranslator.sort(query(null, List.of(), List.of(), List.of(),
                List.of(new SearchQuery.SortKey(DocumentFields.START_DATE, true))));
        assertEquals(2, byDate.getSort().length);
        assertTrue(byDate.getSort()[0].getReverse());
    }
}
