package org.beamcat.landing.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Optional;
import org.beamcat.landing.doi.DoiMetadata;
import org.beamcat.landing.exports.Exports.Format;
import org.beamcat.landing.sessions.SessionFixtures;
import org.junit.jupiter.api.Test;

class ExportsTest {

    private final DoiMetadata record = SessionFixtures.builder().build(SessionFixtures.json(SessionFixtures.MA_4321));

    @Test
    void citationText() {
        assertEquals("Lovelace, A., Bob (demo) (2029). In situ loading of additively manufactured Ti-6Al-4V. BeamCat."
                + " https://doi.org/10.5072/BEAMCAT-ES-42", Exports.citation(record));
    }

    @Test
    void bibtexGolden() {
        assertEquals("""
                @misc{BEAMCAT_ES_42,
                  doi = {10.5072/BEAMCAT-ES-42},
                  url = {https://doi.org/10.5072/BEAMCAT-ES-42},
                  author = {Lovelace, Alice and Bob (demo)},
                  title = {In situ loading of additively manufactured Ti-6Al-4V},
                  publisher = {BeamCat},
                  year = {2029},
                  howpublished = {Experiment Session},
                  keywords = {Materials Science, MA-4321, ID11},
                  copyright = {Creative Commons Attribution 4.0 International}
                }
                """, Exports.bibtex(record));
    }

    @Test
    void bibtexEscapesWhatWouldEndAField() {
        DoiMetadata odd = record.toBuilder().clearTitles().title("50% of {braces} & C_2").build();
        assertTrue(Exports.bibtex(odd).contains("title = {50\\% of \\{braces\\} \\& C\\_2},"), Exports.bibtex(odd));
    }

    @Test
    void risGolden() {
        assertEquals("""
                TY  - DATA
                T1  - In situ loading of additively manufactured Ti-6Al-4V
                AU  - Lovelace, Alice
                AU  - Bob (demo)
                PY  - 2029
                DA  - 2029/03/15
                PB  - BeamCat
                AB  - 3D X-ray diffraction of printed titanium alloy under tensile load, as built and annealed.
                KW  - Materials Science
                KW  - MA-4321
                KW  - ID11
                DO  - 10.5072/BEAMCAT-ES-42
                UR  - https://doi.org/10.5072/BEAMCAT-ES-42
                M3  - Experiment Session
                LA  - en
                ER  -\s
                """, Exports.ris(record));
    }

    @Test
    void jsonLdGolden() {
        String expected = "{\"@context\":\"https://schema.org\",\"@type\":\"Dataset\","
                + "\"@id\":\"https://doi.org/10.5072/BEAMCAT-ES-42\","
                + "\"identifier\":{\"@type\":\"PropertyValue\",\"propertyID\":\"https://registry.identifiers.org/registry/doi\","
                + "\"value\":\"doi:10.5072/BEAMCAT-ES-42\",\"url\":\"https://doi.org/10.5072/BEAMCAT-ES-42\"},"
                + "\"url\":\"https://data.example.org/doi/10.5072/BEAMCAT-ES-42\","
                + "\"name\":\"In situ loading of additively manufactured Ti-6Al-4V\","
                + "\"description\":\"3D X-ray diffraction of printed titanium alloy under tensile load, as built and annealed.\","
                + "\"creator\":[{\"@type\":\"Person\",\"name\":\"Alice Lovelace\",\"@id\":\"https://orcid.org/0000-0002-9183-7206\","
                + "\"sameAs\":\"https://orcid.org/0000-0002-9183-7206\",\"givenName\":\"Alice\",\"familyName\":\"Lovelace\"},"
                + "{\"@type\":\"Person\",\"name\":\"Bob (demo)\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"BeamCat\"},"
                + "\"provider\":{\"@type\":\"Organization\",\"name\":\"BeamCat\"},"
                + "\"datePublished\":\"2029\",\"temporalCoverage\":\"2026-03-12/2026-03-15\","
                + "\"license\":\"https://creativecommons.org/licenses/by/4.0/\","
                + "\"keywords\":[\"Materials Science\",\"MA-4321\",\"ID11\"],\"measurementTechnique\":\"ID11\","
                + "\"additionalType\":\"Experiment Session\","
                + "\"includedInDataCatalog\":{\"@type\":\"DataCatalog\",\"name\":\"BeamCat data\"}}";
        assertEquals(expected, Exports.jsonLd(record).toString());
        JsonObject parsed = Json.createReader(new StringReader(expected)).readObject();
        assertEquals("Dataset", parsed.getString("@type"));
    }

    @Test
    void dataciteJsonIsTheRestDocument() {
        JsonObject doc = Exports.dataciteJson(record);
        assertEquals("10.5072/beamcat-es-42", doc.getJsonObject("data").getString("id"));
        assertEquals("dois", doc.getJsonObject("data").getString("type"));
        JsonObject attributes = doc.getJsonObject("data").getJsonObject("attributes");
        assertEquals("10.5072/BEAMCAT-ES-42", attributes.getString("doi"));
        assertEquals(2029, attributes.getInt("publicationYear"));
        assertEquals("https://orcid.org/0000-0002-9183-7206", attributes.getJsonArray("creators").getJsonObject(0)
                .getJsonArray("nameIdentifiers").getJsonObject(0).getString("nameIdentifier"));
    }

    @Test
    void formatsByShortName() {
        assertEquals(Optional.of(Format.RIS), Format.byShortName("ris"));
        assertEquals(Optional.of(Format.DATACITE_XML), Format.byShortName("datacite-xml"));
        assertEquals(Optional.of(Format.CSL_JSON), Format.byShortName("CSL-JSON"));
        assertEquals(Optional.empty(), Format.byShortName("nonsense"));
    }
}
