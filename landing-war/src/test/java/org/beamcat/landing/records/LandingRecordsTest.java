package org.beamcat.landing.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.beamcat.landing.config.DoiJobSettings;
import org.beamcat.landing.config.LandingCacheSettings;
import org.beamcat.landing.config.LandingSettings;
import org.beamcat.landing.doi.Doi;
import org.beamcat.landing.doi.SuffixPattern;
import org.beamcat.landing.sessions.SessionFixtures;
import org.beamcat.landing.sessions.SessionMetadataBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Finding what a DOI names, against the in-memory catalogue, through the record cache. */
class LandingRecordsTest {

    private static final Doi SESSION = new Doi("10.5072", "BEAMCAT-ES-42");

    private final InMemoryLandingCatalogue catalogue = new InMemoryLandingCatalogue()
            .investigation(SESSION, SessionMetadataBuilder.inner(SessionFixtures.json(SessionFixtures.MA_4321)))
            .collection(CollectionFixtures.DOI,
                    CollectionFixtures.json(CollectionFixtures.COLLECTION).getJsonObject("DataCollection"),
                    List.of(CollectionFixtures.json(CollectionFixtures.MA_4321),
                            CollectionFixtures.json(CollectionFixtures.ES_1234)));
    private final LandingRecords records = new LandingRecords();

    @BeforeEach
    void wire() {
        records.catalogue = catalogue;
        records.settings = new LandingSettings("10.5072", "BeamCat", URI.create("http://localhost:8080"));
        records.jobSettings = new DoiJobSettings("simple", "root", "root",
                SuffixPattern.of(SuffixPattern.DEFAULT_SESSION),
                SuffixPattern.ofCollection(SuffixPattern.DEFAULT_COLLECTION), 60, 3,
                URI.create("https://data.example.org/doi"), Set.of());
        records.cacheSettings = new LandingCacheSettings(Duration.ofMinutes(5), 100);
        records.metrics = new LandingMetrics() {
            @Override
            public void watch(LandingRecordCache cache) {
                // no metric registry outside the server
            }
        };
        records.startCache();
    }

    @Test
    void aSessionDoiIsItsInvestigationOpenThreeYearsAfterItsEnd() throws Exception {
        LandingRecord record = records.find(SESSION).orElseThrow();
        assertEquals(LandingRecord.Kind.SESSION, record.kind());
        assertEquals(42, record.entityId());
        assertEquals(Optional.of(LocalDate.of(2029, 3, 15)), record.embargoEnd());
        assertEquals(SESSION, record.metadata().doi());
        assertTrue(record.withdrawal().isEmpty());
    }

    @Test
    void aWithdrawnSessionCarriesItsReasonAndDate() throws Exception {
        catalogue.withdrawal(42, Json.createObjectBuilder().add("stringValue", "Sample mislabelled.")
                .add("createTime", "2027-01-05T10:00:00.000Z").build());
        Withdrawal withdrawal = records.find(SESSION).orElseThrow().withdrawal().orElseThrow();
        assertEquals(new Withdrawal("Sample mislabelled.", LocalDate.of(2027, 1, 5)), withdrawal);
    }

    @Test
    void aCollectionDoiIsItsDataCollection() throws Exception {
        LandingRecord record = records.find(CollectionFixtures.DOI).orElseThrow();
        assertEquals(LandingRecord.Kind.COLLECTION, record.kind());
        assertEquals(77, record.entityId());
        assertEquals(CollectionFixtures.record(), record);
    }

    @Test
    void aDoiNobodyCarriesIsNotFound() throws Exception {
        assertEquals(Optional.empty(), records.find(new Doi("10.5072", "BEAMCAT-ES-9")));
    }

    @Test
    void aRecordIsReadOnceUntilItIsForgotten() throws Exception {
        records.find(SESSION);
        int afterFirst = catalogue.reads;
        records.find(SESSION);
        assertEquals(afterFirst, catalogue.reads, "the second view comes from the cache");
        records.forget(SESSION);
        records.find(SESSION);
        assertEquals(afterFirst * 2, catalogue.reads);
    }

    @Test
    void datasetPagesAreByNameWithTheTotals() throws Exception {
        for (int i = 60; i >= 1; i--) {
            catalogue.dataset(LandingRecord.Kind.SESSION, 42, new DatasetRow(100 + i, String.format("s_%04d", i), 2, 10));
        }
        LandingRecord record = records.find(SESSION).orElseThrow();
        DatasetPage second = records.datasets(record, 2);
        assertEquals(List.of("s_0051", "s_0060"), List.of(second.rows().get(0).name(), second.rows().get(9).name()));
        assertEquals(60, second.datasetCount());
        assertEquals(120, second.fileCount());
        assertEquals(2, second.pageCount());
    }
}
