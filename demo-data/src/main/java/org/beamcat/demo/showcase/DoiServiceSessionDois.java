package org.beamcat.demo.showcase;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.beamcat.icat.client.CatalogueAccount;
import org.beamcat.icat.client.IcatException;
import org.beamcat.icat.client.IcatQuery;

/**
 * {@link SessionDois} over the catalogue (where the DOI job stores a session's DOI) and the DOI service's
 * admin call {@code POST /doi/admin/mint-sessions}, made with a root user's session.
 */
public final class DoiServiceSessionDois implements SessionDois {

    private final ServiceHttp http = new ServiceHttp();
    private final CatalogueAccount catalogue;
    private final String doiUrl;

    /** @param doiUrl the DOI service's base URL, e.g. {@code http://localhost:8080/doi} */
    public DoiServiceSessionDois(CatalogueAccount catalogue, URI doiUrl) {
        this.catalogue = catalogue;
        this.doiUrl = doiUrl.toString().replaceAll("/+$", "");
    }

    @Override
    public Optional<String> doiOf(long investigationId) throws IcatException {
        JsonArray rows = catalogue.search(IcatQuery.of("SELECT i.doi FROM Investigation i WHERE i.id = :id")
                .with("id", investigationId));
        return rows.isEmpty() || !(rows.get(0) instanceof JsonString doi) || doi.getString().isBlank()
                ? Optional.empty() : Optional.of(doi.getString());
    }

    @Override
    public MintRun mintEndedSessions() throws IOException {
        String sessionId;
        try {
            sessionId = catalogue.call(session -> session);
        } catch (IcatException e) {
            throw new IOException("no catalogue session for the DOI job: " + e.getMessage(), e);
        }
        String body = ServiceHttp.expectSuccess("POST /doi/admin/mint-sessions",
                http.postForm(URI.create(doiUrl + "/admin/mint-sessions"), Map.of("sessionId", sessionId)));
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonObject report = reader.readObject();
            return new MintRun(strings(report.getJsonArray("minted")), strings(report.getJsonArray("failed")));
        }
    }

    @Override
    public LandingPage landingPage(String doi) throws IOException {
        URI page = URI.create(doiUrl + "/" + doi);
        return new LandingPage(page.toString(), http.get(page).statusCode());
    }

    private static java.util.List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
