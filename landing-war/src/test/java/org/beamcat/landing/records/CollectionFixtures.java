package org.beamcat.landing.records;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import org.beamcat.landing.doi.Doi;
import org.beamcat.landing.doi.SuffixPattern;
import org.beamcat.landing.sessions.SessionMetadataBuilder;

/** A data collection and its investigations as the ICAT REST API answers the landing pages' queries. */
public final class CollectionFixtures {

    public static final Doi DOI = new Doi("10.5072", "BEAMCAT-DC-77");

    public static final String COLLECTION = """
            {"DataCollection":{"id":77,"createTime":"2026-05-02T09:30:00.000Z","doi":"10.5072/BEAMCAT-DC-77",
             "parameters":[
              {"id":1,"stringValue":"Annealing series of printed Ti-6Al-4V","type":{"id":11,"name":"doi.title"}},
              {"id":2,"stringValue":"Selected scans behind the 2026 paper on annealing.","type":{"id":12,"name":"doi.abstract"}},
              {"id":3,"stringValue":"[{\\"name\\":\\"Lovelace, Ada\\",\\"givenName\\":\\"Ada\\",\\"familyName\\":\\"Lovelace\\",\\"orcid\\":\\"0000-0002-9183-7206\\",\\"affiliation\\":\\"ESRF\\"},{\\"name\\":\\"The Babbage Group\\"}]",
               "type":{"id":13,"name":"doi.creators"}}]}}
            """;

    public static final String MA_4321 = """
            {"id":42,"name":"MA-4321","startDate":"2026-03-12T08:00:00.000Z","endDate":"2026-03-15T08:00:00.000Z",
             "investigationInstruments":[{"id":7,"instrument":{"id":5,"name":"ID11"}}]}
            """;

    public static final String ES_1234 = """
            {"id":43,"name":"ES-1234","startDate":"2025-01-10T08:00:00.000Z","endDate":"2025-01-12T08:00:00.000Z",
             "investigationInstruments":[{"id":8,"instrument":{"id":6,"name":"ID16A"}}]}
            """;

    private CollectionFixtures() {
    }

    public static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    public static SessionMetadataBuilder sessions() {
        return new SessionMetadataBuilder("10.5072", "BeamCat", SuffixPattern.of(SuffixPattern.DEFAULT_SESSION), 3,
                URI.create("https://data.example.org/doi"));
    }

    public static LandingRecord record() {
        return new CollectionRecordBuilder("BeamCat", sessions())
                .build(json(COLLECTION), DOI, List.of(json(MA_4321), json(ES_1234)));
    }
}
