package org.beamcat.landing.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.beamcat.landing.doi.DoiMetadata;
import org.beamcat.landing.exports.Exports.Format;
import org.beamcat.landing.records.CollectionFixtures;
import org.junit.jupiter.api.Test;

/** Each text export of a data-collection record, parsed back by an independent reader. */
class ExportRoundTripTest {

    private final DoiMetadata record = CollectionFixtures.record().metadata().toBuilder().clearTitles()
            .title("Ti-6Al-4V: 50% {annealed} & C_2 #1").build();

    @Test
    void bibtexReadsBackWithEveryField() {
        CitationReaders.BibEntry entry = CitationReaders.bibtex(Exports.render(Format.BIBTEX, record));
        assertEquals("misc", entry.type());
        assertEquals("BEAMCAT_DC_77", entry.key());
        assertEquals("10.5072/BEAMCAT-DC-77", entry.fields().get("doi"));
        assertEquals("Ti-6Al-4V: 50% {annealed} & C_2 #1", entry.fields().get("title"));
        assertEquals("Lovelace, Ada and The Babbage Group", entry.fields().get("author"));
        assertEquals("2029", entry.fields().get("year"));
        assertEquals("BeamCat", entry.fields().get("publisher"));
    }

    @Test
    void risReadsBackWithEveryTag() {
        Map<String, List<String>> tags = CitationReaders.ris(Exports.render(Format.RIS, record));
        assertEquals(List.of("DATA"), tags.get("TY"));
        assertEquals(List.of("Ti-6Al-4V: 50% {annealed} & C_2 #1"), tags.get("T1"));
        assertEquals(List.of("Lovelace, Ada", "The Babbage Group"), tags.get("AU"));
        assertEquals(List.of("10.5072/BEAMCAT-DC-77"), tags.get("DO"));
        assertEquals(List.of("2029/03/15"), tags.get("DA"));
        assertEquals(List.of("ES-1234", "MA-4321", "ID16A", "ID11"), tags.get("KW"));
    }

    @Test
    void cslJsonReadsBackAsOneDatasetItem() {
        JsonObject csl = Json.createReader(new StringReader(Exports.render(Format.CSL_JSON, record))).readObject();
        assertEquals("dataset", csl.getString("type"));
        assertEquals("10.5072/BEAMCAT-DC-77", csl.getString("DOI"));
        assertEquals("https://doi.org/10.5072/BEAMCAT-DC-77", csl.getString("URL"));
        assertEquals("Ti-6Al-4V: 50% {annealed} & C_2 #1", csl.getString("title"));
        assertEquals("Lovelace", csl.getJsonArray("author").getJsonObject(0).getString("family"));
        assertEquals("Ada", csl.getJsonArray("author").getJsonObject(0).getString("given"));
        assertEquals("The Babbage Group", csl.getJsonArray("author").getJsonObject(1).getString("literal"));
        assertEquals(2029, csl.getJsonObject("issued").getJsonArray("date-parts").getJsonArray(0).getInt(0));
        assertEquals("Selected scans behind the 2026 paper on annealing.", csl.getString("abstract"));
        assertEquals("BeamCat", csl.getString("publisher"));
    }

    @Test
    void dataciteJsonReadsBack() {
        JsonObject doc = Json.createReader(new StringReader(Exports.render(Format.DATACITE_JSON, record))).readObject();
        JsonObject attributes = doc.getJsonObject("data").getJsonObject("attributes");
        assertEquals("Datacollection", attributes.getJsonObject("types").getString("resourceType"));
        assertEquals("Ti-6Al-4V: 50% {annealed} & C_2 #1", attributes.getJsonArray("titles").getJsonObject(0).getString("title"));
    }

    @Test
    void theReadersRejectBrokenText() {
        assertThrows(IllegalArgumentException.class, () -> CitationReaders.bibtex("@misc{key, title = {open"));
        assertThrows(IllegalArgumentException.class, () -> CitationReaders.ris("TY  - DATA\nT1 - no double space\nER  - "));
        assertThrows(IllegalArgumentException.class, () -> CitationReaders.ris("T1  - no type\nER  - "));
    }
}
