package org.beamcat.landing.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.beamcat.landing.doi.DoiMetadata;
import org.beamcat.landing.doi.validation.MetadataValidator;
import org.beamcat.landing.exports.Exports;
import org.junit.jupiter.api.Test;

class CollectionRecordBuilderTest {

    @Test
    void titleAbstractAndCreatorsComeFromTheDoiParameters() {
        LandingRecord record = CollectionFixtures.record();
        DoiMetadata m = record.metadata();
        assertEquals(LandingRecord.Kind.COLLECTION, record.kind());
        assertEquals(77, record.entityId());
        assertEquals("Annealing series of printed Ti-6Al-4V", Exports.title(m));
        assertEquals(Optional.of("Selected scans behind the 2026 paper on annealing."), Exports.description(m));
        assertEquals("Lovelace, Ada", m.creators().get(0).name());
        assertEquals(Optional.of("https://orcid.org/0000-0002-9183-7206"), Exports.orcid(m.creators().get(0)));
        assertEquals("ESRF", m.creators().get(0).affiliations().get(0).name());
        assertEquals("The Babbage Group", m.creators().get(1).name());
        assertEquals("Datacollection", m.types().resourceType());
        assertEquals("https://data.example.org/doi/10.5072/BEAMCAT-DC-77", m.url().toString());
    }

    @Test
    void proposalsAndInstrumentsOfTheInvestigationsAreSubjects() {
        DoiMetadata m = CollectionFixtures.record().metadata();
        assertEquals(List.of("ES-1234", "MA-4321"), Exports.subjects(m, "Proposal"));
        assertEquals(List.of("ID16A", "ID11"), Exports.subjects(m, "Instrument"));
    }

    @Test
    void embargoEndsWithTheLatestInvestigation() {
        LandingRecord record = CollectionFixtures.record();
        assertEquals(Optional.of(LocalDate.of(2029, 3, 15)), record.embargoEnd());
        assertEquals(Optional.of("2029-03-15"), Exports.date(record.metadata(), "Available"));
        assertEquals(Optional.of("2026-05-02"), Exports.date(record.metadata(), "Issued"));
        assertEquals(2029, record.metadata().publicationYear());
        assertTrue(record.underEmbargo(LocalDate.of(2029, 3, 14)));
        assertFalse(record.underEmbargo(LocalDate.of(2029, 3, 15)));
        assertTrue(record.downloadable(LocalDate.of(2029, 3, 15)));
    }

    @Test
    void anInvestigationWithoutDatesKeepsTheCollectionClosed() {
        JsonObject undated = CollectionFixtures.json("{\"id\":44,\"name\":\"X-1\"}");
        LandingRecord record = new CollectionRecordBuilder("BeamCat", CollectionFixtures.sessions())
                .build(CollectionFixtures.json(CollectionFixtures.COLLECTION), CollectionFixtures.DOI,
                        List.of(CollectionFixtures.json(CollectionFixtures.MA_4321), undated));
        assertEquals(Optional.empty(), record.embargoEnd());
        assertTrue(record.underEmbargo(LocalDate.of(2100, 1, 1)));
        assertFalse(record.downloadable(LocalDate.of(2100, 1, 1)));
        assertEquals(2026, record.metadata().publicationYear(), "without an embargo end, the creation year");
    }

    @Test
    void anOpenCollectionIsPublishedTheYearItWasCreated() {
        JsonObject old = CollectionFixtures.json("{\"id\":45,\"name\":\"OLD-1\",\"endDate\":\"2015-01-03T00:00:00.000Z\"}");
        LandingRecord record = new CollectionRecordBuilder("BeamCat", CollectionFixtures.sessions())
                .build(CollectionFixtures.json(CollectionFixtures.COLLECTION), CollectionFixtures.DOI, List.of(old));
        assertEquals(Optional.of(LocalDate.of(2018, 1, 3)), record.embargoEnd());
        assertEquals(2026, record.metadata().publicationYear());
    }

    @Test
    void aCollectionRecordPassesTheKernel4Checks() {
        assertEquals(List.of(), MetadataValidator.withSystemClock().check(CollectionFixtures.record().metadata()));
    }

    @Test
    void theWithdrawnParameterMakesATombstone() {
        String withdrawn = CollectionFixtures.COLLECTION.replace("\"parameters\":[",
                "\"parameters\":[{\"id\":9,\"createTime\":\"2027-01-20T10:00:00.000+01:00\",\"stringValue\":\" Duplicate of 10.5072/X \","
                        + "\"type\":{\"id\":14,\"name\":\"doi.withdrawn\"}},");
        LandingRecord record = new CollectionRecordBuilder("BeamCat", CollectionFixtures.sessions())
                .build(CollectionFixtures.json(withdrawn), CollectionFixtures.DOI,
                        List.of(CollectionFixtures.json(CollectionFixtures.ES_1234)));
        assertEquals(Optional.of(new Withdrawal("Duplicate of 10.5072/X", LocalDate.of(2027, 1, 20))), record.withdrawal());
        assertFalse(record.downloadable(LocalDate.of(2100, 1, 1)), "withdrawn data are never offered");
        assertFalse(CollectionFixtures.record().withdrawn());
    }

    @Test
    void aWithdrawalWithoutReasonSaysSo() {
        JsonObject parameter = CollectionFixtures.json("{\"createTime\":\"2027-01-20T10:00:00.000Z\",\"stringValue\":\"  \"}");
        assertEquals("No reason was given.", CollectionRecordBuilder.withdrawalOf(parameter).get().reason());
    }
}
