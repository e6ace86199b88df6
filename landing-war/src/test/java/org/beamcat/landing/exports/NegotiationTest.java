package org.beamcat.landing.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.beamcat.landing.exports.Exports.Format;
import org.junit.jupiter.api.Test;

class NegotiationTest {

    private static Negotiation export(Format f) {
        return new Negotiation(Optional.of(f), true);
    }

    @Test
    void eachExportHasItsMediaType() {
        assertEquals(export(Format.DATACITE_JSON), Negotiation.of("application/vnd.datacite.datacite+json"));
        assertEquals(export(Format.DATACITE_XML), Negotiation.of("application/vnd.datacite.datacite+xml"));
        assertEquals(export(Format.CSL_JSON), Negotiation.of("application/vnd.citationstyles.csl+json"));
        assertEquals(export(Format.JSON_LD), Negotiation.of("application/ld+json"));
        assertEquals(export(Format.JSON_LD), Negotiation.of("application/vnd.schemaorg.ld+json"));
        assertEquals(export(Format.BIBTEX), Negotiation.of("application/x-bibtex; charset=utf-8"));
        assertEquals(export(Format.RIS), Negotiation.of("Application/X-Research-Info-Systems"));
    }

    @Test
    void browsersAndWildcardsGetTheHtmlPage() {
        assertEquals(Negotiation.HTML, Negotiation.of("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
        assertEquals(Negotiation.HTML, Negotiation.of("*/*"));
        assertEquals(Negotiation.HTML, Negotiation.of(null));
        assertEquals(Negotiation.HTML, Negotiation.of("  "));
        assertEquals(Negotiation.HTML, Negotiation.of("application/json, text/*;q=0.5"));
    }

    @Test
    void qualityDecidesBeforeOrder() {
        assertEquals(export(Format.RIS), Negotiation.of("text/html;q=0.5, application/x-research-info-systems"));
        assertEquals(Negotiation.HTML, Negotiation.of("application/x-bibtex;q=0.2, text/html;q=0.9"));
        assertEquals(export(Format.BIBTEX), Negotiation.of("application/x-bibtex, application/x-research-info-systems"));
    }

    @Test
    void typesWeDoNotServeAreNotAcceptable() {
        assertEquals(Negotiation.NOT_ACCEPTABLE, Negotiation.of("application/pdf"));
        assertEquals(Negotiation.NOT_ACCEPTABLE, Negotiation.of("application/json, image/png"));
        assertEquals(Negotiation.NOT_ACCEPTABLE, Negotiation.of("text/html;q=0, application/pdf"));
        assertEquals(Negotiation.NOT_ACCEPTABLE, Negotiation.of("text/html;q=nonsense"));
    }
}
