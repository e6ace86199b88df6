package org.beamcat.landing.downloads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.beamcat.landing.records.CollectionFixtures;
import org.beamcat.landing.records.DatasetRow;
import org.beamcat.landing.records.InMemoryLandingCatalogue;
import org.beamcat.landing.records.LandingRecord;
import org.beamcat.landing.records.Withdrawal;
import org.junit.jupiter.api.Test;

/**
 * The refusals decided before any login or IDS call (those fields stay null): embargo and withdrawal from the
 * record, a dataset not behind the DOI and a collection without datasets from the in-memory catalogue.
 */
class AnonymousDownloadsTest {

    private final AnonymousDownloads downloads = new AnonymousDownloads();
    private final LandingRecord record = CollectionFixtures.record();

    @Test
    void underEmbargoSaysUntilWhen() {
        DownloadRefused refused = assertThrows(DownloadRefused.class,
                () -> downloads.link(record, Optional.empty(), LocalDate.of(2029, 3, 14)));
        assertEquals(DownloadRefused.Reason.EMBARGOED, refused.reason());
        assertEquals("the data of 10.5072/BEAMCAT-DC-77 are under embargo until 2029-03-15", refused.getMessage());
    }

    @Test
    void withoutAnEmbargoEndNothingIsOffered() {
        LandingRecord undated = new LandingRecord(record.metadata(), record.kind(), 77, Optional.empty(), Optional.empty());
        assertEquals(DownloadRefused.Reason.EMBARGOED, assertThrows(DownloadRefused.class,
                () -> downloads.link(undated, Optional.of(5L), LocalDate.of(2100, 1, 1))).reason());
    }

    @Test
    void aDatasetThatIsNotBehindTheDoiIsNotFound() {
        InMemoryLandingCatalogue catalogue = new InMemoryLandingCatalogue()
                .dataset(LandingRecord.Kind.COLLECTION, 77, new DatasetRow(5, "s_0001", 1, 1));
        downloads.catalogue = catalogue;
        DownloadRefused refused = assertThrows(DownloadRefused.class,
                () -> downloads.link(record, Optional.of(6L), LocalDate.of(2030, 1, 1)));
        assertEquals(DownloadRefused.Reason.NOT_FOUND, refused.reason());
        assertEquals("dataset 6 is not part of 10.5072/BEAMCAT-DC-77", refused.getMessage());
    }

    @Test
    void aCollectionWithoutDatasetsHasNothingToOffer() {
        downloads.catalogue = new InMemoryLandingCatalogue();
        assertEquals(DownloadRefused.Reason.NOT_FOUND, assertThrows(DownloadRefused.class,
                () -> downloads.link(record, Optional.empty(), LocalDate.of(2030, 1, 1))).reason());
    }

    @Test
    void withdrawnDataAreNeverOffered() {
        LandingRecord withdrawn = new LandingRecord(record.metadata(), record.kind(), 77, record.embargoEnd(),
                Optional.of(new Withdrawal("Retracted.", LocalDate.of(2030, 1, 1))));
        DownloadRefused refused = assertThrows(DownloadRefused.class,
                () -> downloads.link(withdrawn, Optional.empty(), LocalDate.of(2031, 1, 1)));
        assertEquals(DownloadRefused.Reason.WITHDRAWN, refused.reason());
    }
}
