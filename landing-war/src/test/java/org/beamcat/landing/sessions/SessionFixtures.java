package org.beamcat.landing.sessions;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import org.beamcat.landing.doi.SuffixPattern;

/** Investigations as the ICAT REST API answers {@code SELECT i FROM Investigation i … INCLUDE …}. */
public final class SessionFixtures {

    public static final String MA_4321 = """
            {"Investigation":{"id":42,"name":"MA-4321","visitId":"id11-20260312",
             "title":"In situ loading of additively manufactured Ti-6Al-4V",
             "summary":"3D X-ray diffraction of printed titanium alloy under tensile load, as built and annealed.",
             "startDate":"2026-03-12T08:00:00.000Z","endDate":"2026-03-15T08:00:00.000+00:00",
             "createTime":"2026-03-01T10:00:00.000Z",
             "type":{"id":3,"name":"experiment","description":"Materials Science"},
             "investigationInstruments":[{"id":7,"instrument":{"id":5,"name":"ID11","fullName":"Materials science beamline"}}],
             "investigationUsers":[
               {"id":9,"role":"co_investigator","user":{"id":2,"name":"simple/bob","fullName":"Bob (demo)"}},
               {"id":8,"role":"principal_investigator","user":{"id":1,"name":"simple/alice",
                 "fullName":"Alice Lovelace","orcidId":"0000-0002-9183-7206"}}]}}
            """;

    public static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    public static SessionMetadataBuilder builder() {
        return new SessionMetadataBuilder("10.5072", "BeamCat", SuffixPattern.of(SuffixPattern.DEFAULT_SESSION), 3,
                URI.create("https://data.example.org/doi/"));
    }

    private SessionFixtures() {
    }
}
