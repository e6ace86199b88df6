package org.beamcat.icat.server.searchengine.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.searchengine.DocumentFields;
import org.beamcat.icat.server.searchengine.EntityKind;
import org.beamcat.icat.server.searchengine.ParameterValue;
import org.beamcat.icat.server.searchengine.ReadableFilter;
import org.beamcat.icat.server.searchengine.SearchDocument;
import org.beamcat.icat.server.searchengine.SearchPage;
import org.beamcat.icat.server.searchengine.SearchQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LuceneSearchEngineTest {

    private LuceneSearchEngine engine;

    @BeforeEach
    void index() throws Exception {
        engine = LuceneSearchEngine.open(new ByteBuffersDirectory(), 1_000);
        engine.upsert(List.of(
                investigation(1, "MA-4321", "Radiation damage in proteins", "simple/alice", "Alice Liddell",
                        "2024-03-01T00:00:00Z"),
                investigation(2, "ES-1234", "Catalyst beam study", "simple/bob", "Bob Builder",
                        "2025-06-01T00:00:00Z"),
                dataset(10, 1, "sampleA_0001", "raw", "sampleA", 12.0, "keV"),
                dataset(11, 1, "sampleA_0002", "processed", "sampleA", 15000.0, "eV"),
                dataset(12, 2, "catalyst_0001", "raw", "catalyst", 30.0, "keV"),
                datafile(100, 1, 10, "sampleA_0001_scan.h5", 1_000),
                datafile(101, 2, 12, "catalyst_0001_scan.h5", 5_000)));
        engine.commit();
    }

    @AfterEach
    void close() throws Exception {
        engine.close();
    }

    private static SearchDocument investigation(long id, String name, String title, String user, String fullName,
            String start) {
        return new SearchDocument(EntityKind.INVESTIGATION, id, id, null,
                Map.of(DocumentFields.NAME, List.of(name), DocumentFields.TITLE, List.of(title),
                        DocumentFields.USER_NAME, List.of(user), DocumentFields.USER_FULL_NAME, List.of(fullName)),
                Map.of(DocumentFields.START_DATE, Instant.parse(start)), Map.of(), List.of());
    }

    private static SearchDocument dataset(long id, long investigation, String name, String type, String sample,
            double energy, String units) {
        return new SearchDocument(EntityKind.DATASET, id, investigation, id,
                Map.of(DocumentFields.NAME, List.of(name), DocumentFields.TYPE, List.of(type),
                        DocumentFields.SAMPLE, List.of(sample)),
                Map.of(), Map.of(), List.of(ParameterValue.ofNumber("energy", units, energy),
                        ParameterValue.ofString("mode", "", type.equals("raw") ? "fly" : "step")));
    }

    private static SearchDocument datafile(long id, long investigation, long dataset, String name, long size) {
        return new SearchDocument(EntityKind.DATAFILE, id, investigation, dataset,
                Map.of(DocumentFields.NAME, List.of(name)), Map.of(), Map.of(DocumentFields.FILE_SIZE, (double) size),
                List.of());
    }

    private static Set<Long> ids(SearchPage page) {
        return page.hits().stream().map(SearchPage.Hit::id).collect(Collectors.toSet());
    }

    private SearchPage text(EntityKind kind, String text) throws IcatServerException {
        return engine.search(SearchQuery.text(kind, text, 10), ReadableFilter.EVERYTHING);
    }

    @Test
    void proposalIsFoundWholeAndByItsParts() throws Exception {
        assertEquals(Set.of(1L), ids(text(EntityKind.INVESTIGATION, "MA-4321")));
        assertEquals(Set.of(1L), ids(text(EntityKind.INVESTIGATION, "4321")));
        assertEquals(Set.of(1L), ids(text(EntityKind.INVESTIGATION, "ma")));
    }

    @Test
    void datasetNameIsFoundWholeAndByItsParts() throws Exception {
        assertEquals(Set.of(10L), ids(text(EntityKind.DATASET, "sampleA_0001")));
        assertEquals(Set.of(10L, 11L), ids(text(EntityKind.DATASET, "sampleA")));
        assertEquals(Set.of(10L, 12L), ids(text(EntityKind.DATASET, "name:0001")));
    }

    @Test
    void aWholeNameRanksItsEntityFirst() throws Exception {
        engine.upsert(List.of(new SearchDocument(EntityKind.DATASET, 13, 1, 13L,
                Map.of(DocumentFields.NAME, List.of("sampleA_0001_integrated"), DocumentFields.PARAMETER,
                        List.of("integration of sampleA_0001"), DocumentFields.DESCRIPTION,
                        List.of("from sampleA_0001"), DocumentFields.LOCATION, List.of("id11/sampleA_0001/x")),
                Map.of(), Map.of(),
                List.of())));
        engine.commit();
        SearchPage page = text(EntityKind.DATASET, "sampleA_0001");
        assertEquals(10L, page.hits().get(0).id());
        assertEquals(Set.of(10L, 13L), ids(page));
    }

    @Test
    void wordsOfATitleRankTheBestMatchFirst() throws Exception {
        SearchPage page = text(EntityKind.INVESTIGATION, "radiation proteins");
        assertEquals(1L, page.hits().get(0).id());
        assertEquals(1, page.total());
    }

    @Test
    void numericParameterRangeConvertsUnits() throws Exception {
        SearchQuery.ParameterFilter tenToTwentyKeV = new SearchQuery.ParameterFilter("energy", "keV", null, 10.0,
                20.0, null, null);
        SearchPage page = engine.search(query(EntityKind.DATASET).parameters(List.of(tenToTwentyKeV)).build(),
                ReadableFilter.EVERYTHING);
        assertEquals(Set.of(10L, 11L), ids(page)); // 12 keV and 15000 eV, not 30 keV
        SearchQuery.ParameterFilter inEv = new SearchQuery.ParameterFilter("energy", "eV", null, 25_000.0, null,
                null, null);
        assertEquals(Set.of(12L), ids(engine.search(query(EntityKind.DATASET).parameters(List.of(inEv)).build(),
                ReadableFilter.EVERYTHING)));
    }

    @Test
    void stringParameterIsExact() throws Exception {
        SearchQuery.ParameterFilter fly = new SearchQuery.ParameterFilter("mode", "", "fly", null, null, null, null);
        assertEquals(Set.of(10L, 12L), ids(engine.search(query(EntityKind.DATASET).parameters(List.of(fly)).build(),
                ReadableFilter.EVERYTHING)));
    }

    @Test
    void dateRangeAndUser() throws Exception {
        SearchQuery.RangeFilter in2025 = SearchQuery.RangeFilter.dates(DocumentFields.START_DATE,
                Instant.parse("2025-01-01T00:00:00Z"), null);
        assertEquals(Set.of(2L), ids(engine.search(query(EntityKind.INVESTIGATION).ranges(List.of(in2025)).build(),
                ReadableFilter.EVERYTHING)));
        assertEquals(Set.of(100L), ids(engine.search(query(EntityKind.DATAFILE).user("simple/alice").build(),
                ReadableFilter.EVERYTHING)));
    }

    @Test
    void readableFilterBoundsHitsTotalsAndFacets() throws Exception {
        List<Collection<Long>> asked = new ArrayList<>();
        ReadableFilter onlyInvestigationOne = (kind, candidates) -> {
            asked.add(candidates);
            return candidates.stream().filter(id -> id == 10L || id == 11L).collect(Collectors.toSet());
        };
        SearchQuery faceted = query(EntityKind.DATASET)
                .facets(List.of(new SearchQuery.FacetRequest(DocumentFields.TYPE, 10, List.of()),
                        new SearchQuery.FacetRequest(DocumentFields.SAMPLE, 10, List.of())))
                .build();
        SearchPage page = engine.search(faceted, onlyInvestigationOne);
        assertEquals(Set.of(10L, 11L), ids(page));
        assertEquals(2, page.total());
        assertEquals(List.of(new SearchPage.FacetCount("processed", 1), new SearchPage.FacetCount("raw", 1)),
                page.facets().get(0).counts());
        assertEquals(List.of(new SearchPage.FacetCount("sampleA", 2)), page.facets().get(1).counts());
        assertEquals(Set.of(10L, 11L, 12L), Set.copyOf(asked.get(0)));
        SearchPage root = engine.search(faceted, ReadableFilter.EVERYTHING);
        assertEquals(List.of(new SearchPage.FacetCount("raw", 2), new SearchPage.FacetCount("processed", 1)),
                root.facets().get(0).counts());
    }

    @Test
    void membersNamesStayInTheEngineForACallerWhoDoesNotReadEverything() throws Exception {
        ReadableFilter member = (kind, candidates) -> Set.copyOf(candidates);
        SearchQuery byName = query(EntityKind.INVESTIGATION).user("simple/alice").build();
        SearchPage asMember = engine.search(byName, member);
        assertEquals(Set.of(1L), ids(asMember));
        Map<String, List<String>> source = asMember.hits().get(0).source();
        assertEquals(List.of("MA-4321"), source.get(DocumentFields.NAME));
        assertFalse(source.containsKey(DocumentFields.USER_NAME) || source.containsKey(DocumentFields.USER_FULL_NAME),
                source.toString());
        assertEquals(List.of("Alice Liddell"),
                engine.search(byName, ReadableFilter.EVERYTHING).hits().get(0).source().get(DocumentFields.USER_FULL_NAME));

        for (SearchQuery revealing : List.of(
                query(EntityKind.INVESTIGATION).facets(List.of(new SearchQuery.FacetRequest(
                        DocumentFields.USER_FULL_NAME, 10, List.of()))).build(),
                query(EntityKind.INVESTIGATION).sort(List.of(new SearchQuery.SortKey(DocumentFields.USER_NAME,
                        false))).build())) {
            IcatServerException refused = assertThrows(IcatServerException.class,
                    () -> engine.search(revealing, member));
            assertEquals(IcatErrorType.BAD_PARAMETER, refused.type());
            assertEquals(2, engine.search(revealing, ReadableFilter.EVERYTHING).total());
        }
    }

    /** A caller's rules decided by investigation; the entities outside them are asked about when others remain. */
    private static ReadableFilter byInvestigation(ReadableFilter.ByInvestigation decided, Set<Long> alsoReadable,
            List<Collection<Long>> asked) {
        return new ReadableFilter() {
            @Override
            public Optional<ByInvestigation> byInvestigation(EntityKind kind) {
                return Optional.of(decided);
            }

            @Override
            public Set<Long> readable(EntityKind kind, Collection<Long> ids) {
                asked.add(List.copyOf(ids));
                return ids.stream().filter(alsoReadable::contains).collect(Collectors.toSet());
            }
        };
    }

    @Test
    void readableInvestigationsFilterHitsTotalsAndFacetsWithoutAskingAboutEachEntity() throws Exception {
        List<Collection<Long>> asked = new ArrayList<>();
        SearchQuery faceted = query(EntityKind.DATASET)
                .facets(List.of(new SearchQuery.FacetRequest(DocumentFields.TYPE, 10, List.of()))).build();
        SearchPage page = engine.search(faceted, byInvestigation(
                new ReadableFilter.ByInvestigation(false, new long[] {1}, false), Set.of(), asked));
        assertEquals(Set.of(10L, 11L), ids(page));
        assertEquals(2, page.total());
        assertEquals(List.of(new SearchPage.FacetCount("processed", 1), new SearchPage.FacetCount("raw", 1)),
                page.facets().get(0).counts());
        assertEquals(Set.of(100L), ids(engine.search(query(EntityKind.DATAFILE).build(), byInvestigation(
                new ReadableFilter.ByInvestigation(false, new long[] {1}, false), Set.of(), asked))));
        assertEquals(Set.of(1L), ids(engine.search(query(EntityKind.INVESTIGATION).build(), byInvestigation(
                new ReadableFilter.ByInvestigation(false, new long[] {1}, false), Set.of(), asked))));
        assertEquals(List.of(), asked, "no entity is checked by itself");

        SearchPage none = engine.search(faceted, byInvestigation(
                new ReadableFilter.ByInvestigation(false, new long[0], false), Set.of(), asked));
        assertEquals(0, none.total());
        assertEquals(List.of(), none.facets().get(0).counts());
        assertEquals(3, engine.search(faceted, byInvestigation(
                new ReadableFilter.ByInvestigation(true, new long[0], false), Set.of(), asked)).total());
        assertEquals(List.of(), asked);
    }

    @Test
    void entitiesOutsideTheReadableInvestigationsAreCheckedOneByOneWhenOtherRulesRemain() throws Exception {
        List<Collection<Long>> asked = new ArrayList<>();
        SearchPage page = engine.search(query(EntityKind.DATASET).build(), byInvestigation(
                new ReadableFilter.ByInvestigation(false, new long[] {2}, true), Set.of(10L), asked));
        assertEquals(Set.of(10L, 12L), ids(page));
        assertEquals(2, page.total());
        assertEquals(List.of(Set.of(10L, 11L)), asked.stream().map(Set::copyOf).toList(),
                "only the matches outside investigation 2 are asked about");
        asked.clear();
        assertEquals(Set.of(12L), ids(engine.search(query(EntityKind.DATASET).build(), byInvestigation(
                new ReadableFilter.ByInvestigation(false, new long[] {2}, true), Set.of(), asked))));
    }

    @Test
    void rangeFacetsCountNumbers() throws Exception {
        SearchQuery faceted = query(EntityKind.DATAFILE).facets(List.of(new SearchQuery.FacetRequest(
                DocumentFields.FILE_SIZE, 0, List.of(new SearchQuery.FacetRange("small", null, 2_000.0),
                        new SearchQuery.FacetRange("large", 2_000.0, null))))).build();
        assertEquals(List.of(new SearchPage.FacetCount("small", 1), new SearchPage.FacetCount("large", 1)),
                engine.search(faceted, ReadableFilter.EVERYTHING).facets().get(0).counts());
    }

    @Test
    void searchAfterPagesThroughEverythingOnce() throws Exception {
        SearchQuery first = query(EntityKind.DATASET).sort(List.of(new SearchQuery.SortKey(DocumentFields.NAME,
                false))).pageSize(2).build();
        SearchPage one = engine.search(first, ReadableFilter.EVERYTHING);
        assertEquals(List.of(12L, 10L), one.hits().stream().map(SearchPage.Hit::id).toList());
        assertTrue(one.next().isPresent());
        SearchPage two = engine.search(query(EntityKind.DATASET).sort(first.sort()).pageSize(2)
                .searchAfter(one.next()).build(), ReadableFilter.EVERYTHING);
        assertEquals(List.of(11L), two.hits().stream().map(SearchPage.Hit::id).toList());
        assertFalse(two.next().isPresent());
    }

    @Test
    void deletingAnInvestigationRemovesEverythingBelowIt() throws Exception {
        engine.delete(EntityKind.INVESTIGATION, 1);
        engine.commit();
        assertEquals(1, engine.count(EntityKind.INVESTIGATION));
        assertEquals(Set.of(12L), ids(text(EntityKind.DATASET, "raw OR processed")));
        assertEquals(Set.of(101L), ids(engine.search(query(EntityKind.DATAFILE).build(), ReadableFilter.EVERYTHING)));
    }

    @Test
    void badInputIsBadParameter() {
        IcatServerException text = assertThrows(IcatServerException.class, () -> text(EntityKind.DATASET, "a AND ("));
        assertEquals(IcatErrorType.BAD_PARAMETER, text.type());
        IcatServerException facet = assertThrows(IcatServerException.class, () -> engine.search(
                query(EntityKind.DATASET).facets(List.of(new SearchQuery.FacetRequest("secret", 5, List.of())))
                        .build(), ReadableFilter.EVERYTHING));
        assertEquals(IcatErrorType.BAD_PARAMETER, facet.type());
    }

    @Test
    void tooBroadASearchForANonRootCallerIsRefused() throws Exception {
        try (LuceneSearchEngine small = LuceneSearchEngine.open(new ByteBuffersDirectory(), 1)) {
            small.upsert(List.of(dataset(10, 1, "a", "raw", "s", 1, "eV"), dataset(11, 1, "b", "raw", "s", 1, "eV")));
            small.commit();
            IcatServerException e = assertThrows(IcatServerException.class,
                    () -> small.search(query(EntityKind.DATASET).build(), (kind, ids) -> Set.copyOf(ids)));
            assertEquals(IcatErrorType.BAD_PARAMETER, e.type());
            assertEquals(2, small.search(query(EntityKind.DATASET).build(), ReadableFilter.EVERYTHING).total());
        }
    }

    private static Builder query(EntityKind kind) {
        return new Builder(kind);
    }

    /** Test-side builder of queries. */
    private static final class Builder {
        private final EntityKind kind;
        private List<SearchQuery.RangeFilter> ranges = List.of();
        private List<SearchQuery.ParameterFilter> parameters = List.of();
        private List<SearchQuery.FacetRequest> facets = List.of();
        private List<SearchQuery.SortKey> sort = List.of();
        private Optional<org.beamcat.icat.server.searchengine.SearchCursor> after = Optional.empty();
        private String user;
        private int pageSize = 10;

        Builder(EntityKind kind) {
            this.kind = kind;
        }

        Builder ranges(List<SearchQuery.RangeFilter> value) {
            ranges = value;
            return this;
        }

        Builder parameters(List<SearchQuery.ParameterFilter> value) {
            parameters = value;
            return this;
        }

        Builder facets(List<SearchQuery.FacetRequest> value) {
            facets = value;
            return this;
        }

        Builder sort(List<SearchQuery.SortKey> value) {
            sort = value;
            return this;
        }

        Builder searchAfter(Optional<org.beamcat.icat.server.searchengine.SearchCursor> value) {
            after = value;
            return this;
        }

        Builder user(String value) {
            user = value;
            return this;
        }

        Builder pageSize(int value) {
            pageSize = value;
            return this;
        }

        SearchQuery build() {
            return new SearchQuery(kind, null, List.of(), ranges, parameters, List.of(), user, null, facets, sort,
                    after, pageSize);
        }
    }
}
