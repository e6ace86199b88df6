package org.beamcat.icat.server.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.searchengine.EntityKind;
import org.beamcat.icat.server.searchengine.SearchCursor;
import org.beamcat.icat.server.searchengine.SearchPage;
import org.beamcat.icat.server.searchengine.SearchQuery;
import org.junit.jupiter.api.Test;

class PortDocumentSearchTest {

    /** The port as the catalogue offers it: records what it was asked, for whom, and answers a fixed page. */
    private static final class RecordingPort implements PortDocumentSearch.CallerSearch {
        final List<SearchQuery> queries = new ArrayList<>();
        final List<Caller> callers = new ArrayList<>();
        SearchPage page = new SearchPage(List.of(), 0, List.of(), Optional.empty());

        @Override
        public SearchPage search(Caller caller, SearchQuery query) {
            callers.add(caller);
            queries.add(query);
            return page;
        }
    }

    private final RecordingPort engine = new RecordingPort();
    private final PortDocumentSearch search = new PortDocumentSearch(engine);
    private final DocumentSearchRequestParser parser = new DocumentSearchRequestParser();
    private final Caller alice = new Caller("simple/alice", false);

    private SearchQuery asked(String query, String sort, String after) throws Exception {
        search.search(alice, parser.parse(alice.userName(), query.replace('\'', '"'), sort, after, null, 25, false));
        return engine.queries.get(engine.queries.size() - 1);
    }

    @Test
    void queryKeysBecomeThePortsConditions() throws Exception {
        SearchQuery query = asked("{'target':'Dataset','text':'tomo','samples':['s1'],'userFullName':'Alice',"
                + "'lower':1000,'upper':2000,'parameters':[{'name':'energy','units':'keV','lowerNumericValue':10,"
                + "'upperNumericValue':20}],'filter':{'type.name':['raw','processed'],'datasetparameter':{'filter':["
                + "{'field':'type.name','value':'temperature'},{'field':'numericValue','from':270,'to':280,'units':'K'}]},"
                + "'sample':{'filter':[{'field':'name','value':'s1'}]}}}", "{\"startDate\":\"desc\"}", null);
        assertEquals(EntityKind.DATASET, query.target());
        assertEquals("tomo", query.text());
        assertEquals(List.of("s1"), query.samples());
        assertEquals("Alice", query.userFullName());
        assertEquals(25, query.pageSize());
        assertEquals(List.of(new SearchQuery.RangeFilter("startDate", 1000.0, 2000.0),
                new SearchQuery.RangeFilter("endDate", 1000.0, 2000.0)), query.ranges());
        assertEquals(List.of(new SearchQuery.TermFilter("type", List.of("raw", "processed")),
                new SearchQuery.TermFilter("sample", List.of("s1"))), query.terms());
        assertEquals(List.of(new SearchQuery.ParameterFilter("energy", "keV", null, 10.0, 20.0, null, null),
                new SearchQuery.ParameterFilter("temperature", "K", null, 270.0, 280.0, null, null)), query.parameters());
        assertEquals(List.of(new SearchQuery.SortKey("startDate", true)), query.sort());
        assertEquals(List.of(alice), engine.callers);
    }

    @Test
    void theSearchIsMadeForTheCaller() throws Exception {
        Caller root = new Caller("simple/root", true);
        search.search(root, parser.parse("simple/root", "{\"target\":\"Investigation\"}", null, null, null, null, false));
        assertEquals(List.of(root), engine.callers);
    }

    @Test
    void datafileDatesAreItsModificationTime() throws Exception {
        assertEquals(List.of(new SearchQuery.RangeFilter("modTime", 5.0, null)),
                asked("{'target':'Datafile','lower':5}", null, null).ranges());
    }

    @Test
    void theCursorTravelsBothWaysUnchanged() throws Exception {
        engine.page = new SearchPage(List.of(), 3, List.of(),
                Optional.of(new SearchCursor(List.of(0.87f, "MA-4321", 1704096000000L, 2.0, 12L))));
        DocumentSearchResult result = search.search(alice, parser.parse(alice.userName(),
                "{\"target\":\"Investigation\"}", null, null, null, null, false));
        String json = result.searchAfter().toString();
        SearchQuery next = asked("{'target':'Investigation'}", null, json);
        assertEquals(List.of(0.87f, "MA-4321", 1704096000000L, 2.0, 12L), next.searchAfter().orElseThrow().values());
    }

    @Test
    void hitsFacetsAndTotalComeBackInIcatShape() throws Exception {
        engine.page = new SearchPage(List.of(new SearchPage.Hit(7, Float.NaN, Map.of("name", List.of("ds1"),
                "sample", List.of("a", "b")))), 1,
                List.of(new SearchPage.FacetResult("type", List.of(new SearchPage.FacetCount("raw", 1))),
                        new SearchPage.FacetResult("startDate", List.of(new SearchPage.FacetCount("2024", 1)))),
                Optional.empty());
        DocumentSearchResult result = search.search(alice, parser.parse(alice.userName(), ("{'target':'Dataset',"
                + "'facets':[{'target':'Dataset','dimensions':[{'dimension':'type.name'},{'dimension':'startDate',"
                + "'ranges':[{'key':'2024','from':1704067200000,'to':1735689600000}]}]}]}").replace('\'', '"'),
                null, null, null, null, false));
        assertEquals("{\"dimensions\":{\"Dataset.type.name\":{\"raw\":1},\"Dataset.startDate\":{\"2024\":1}},"
                + "\"total\":1,\"results\":[{\"id\":7,\"source\":{\"id\":7,\"name\":\"ds1\",\"sample\":[\"a\",\"b\"]}}]}",
                DocumentSearchResultJson.searchAnswer(result));
        assertEquals(List.of(new SearchQuery.FacetRequest("type", 10, List.of()),
                new SearchQuery.FacetRequest("startDate", 10, List.of(new SearchQuery.FacetRange("2024",
                        1704067200000.0, 1735689600000.0)))), engine.queries.get(0).facets());
        assertEquals(1704067200000.0, result.dimensions().get(1).labels().get(0).from());
    }

    @Test
    void facetsOfAnotherEntityAndBadParameterFiltersAreRefused() {
        IcatServerException e = assertThrows(IcatServerException.class, () -> asked(
                "{'target':'Dataset','facets':[{'target':'DatasetParameter','dimensions':[{'dimension':'type.name'}]}]}",
                null, null));
        assertEquals(IcatErrorType.BAD_PARAMETER, e.type());
        assertEquals("facets of DatasetParameter are not counted when searching Dataset: facet the fields of Dataset",
                e.getMessage());
        e = assertThrows(IcatServerException.class, () -> asked(
                "{'target':'Dataset','filter':{'datasetparameter':{'filter':[{'field':'numericValue','from':1,'to':2}]}}}",
                null, null));
        assertEquals("filter datasetparameter needs a type.name value", e.getMessage());
        e = assertThrows(IcatServerException.class, () -> asked("{'target':'Dataset'}", null, "[{\"x\":1}]"));
        assertEquals(IcatErrorType.BAD_PARAMETER, e.type());
    }

    @Test
    void parameterDatesBecomeInstants() throws Exception {
        SearchQuery query = asked("{'target':'Dataset','parameters':[{'name':'t','units':'NA','lowerDateValue':0,"
                + "'upperDateValue':60000}]}", null, null);
        assertEquals(new SearchQuery.ParameterFilter("t", "NA", null, null, null, Instant.ofEpochMilli(0),
                Instant.ofEpochMilli(60000)), query.parameters().get(0));
    }
}
