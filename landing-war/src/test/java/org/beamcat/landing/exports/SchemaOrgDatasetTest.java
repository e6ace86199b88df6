package org.beamcat.landing.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.beamcat.landing.records.CollectionFixtures;
import org.beamcat.landing.records.LandingRecord;
import org.beamcat.landing.records.Withdrawal;
import org.junit.jupiter.api.Test;

class SchemaOrgDatasetTest {

    private static final URI DOWNLOAD = URI.create("https://data.example.org/doi/download/10.5072/BEAMCAT-DC-77");
    private final LandingRecord record = CollectionFixtures.record();

    @Test
    void underEmbargoItIsNotFreeAndHasNoDistribution() {
        JsonObject ld = SchemaOrgDataset.of(record, LocalDate.of(2027, 1, 1), DOWNLOAD);
        assertEquals("Dataset", ld.getString("@type"));
        assertFalse(ld.getBoolean("isAccessibleForFree"));
        assertFalse(ld.containsKey("distribution"));
        assertEquals("https://creativecommons.org/licenses/by/4.0/", ld.getString("license"));
        assertEquals("2029", ld.getString("datePublished"));
    }

    @Test
    void onceOpenItOffersTheZip() {
        JsonObject ld = SchemaOrgDataset.of(record, LocalDate.of(2029, 3, 15), DOWNLOAD);
        assertTrue(ld.getBoolean("isAccessibleForFree"));
        JsonObject download = ld.getJsonArray("distribution").getJsonObject(0);
        assertEquals("DataDownload", download.getString("@type"));
        assertEquals(DOWNLOAD.toString(), download.getString("contentUrl"));
        assertEquals("application/zip", download.getString("encodingFormat"));
    }

    @Test
    void aWithdrawnRecordKeepsOnlyItsCitation() {
        LandingRecord withdrawn = new LandingRecord(record.metadata(), record.kind(), record.entityId(),
                record.embargoEnd(), Optional.of(new Withdrawal("Duplicate of another DOI.", LocalDate.of(2030, 2, 1))));
        JsonObject ld = SchemaOrgDataset.of(withdrawn, LocalDate.of(2031, 1, 1), DOWNLOAD);
        assertEquals(Set.of("@context", "@type", "@id", "identifier", "url", "name", "creator", "publisher",
                "datePublished", "description", "creativeWorkStatus", "expires", "isAccessibleForFree"), ld.keySet());
        assertEquals("Withdrawn", ld.getString("creativeWorkStatus"));
        assertEquals("2030-02-01", ld.getString("expires"));
        assertTrue(ld.getString("description").contains("Duplicate of another DOI."));
        assertTrue(ld.getString("description").length() >= 50, "Google asks for 50 characters at least");
        assertFalse(ld.getBoolean("isAccessibleForFree"));
    }
}
