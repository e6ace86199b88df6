package org.beamcat.demo.showcase;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

/** {@link StorageLevels} over the IDS REST API (ids.server 2.1 calls), with a root user's catalogue session. */
public final class IdsStorageLevels implements StorageLevels {

    private final ServiceHttp http = new ServiceHttp();
    private final String idsUrl;
    private final String sessionId;

    /** @param idsUrl the IDS's base URL, e.g. {@code http://localhost:8080/ids} */
    public IdsStorageLevels(URI idsUrl, String sessionId) {
        this.idsUrl = idsUrl.toString().replaceAll("/+$", "");
        this.sessionId = sessionId;
    }

    @Override
    public boolean twoLevel() throws IOException {
        return Boolean.parseBoolean(ServiceHttp.expectSuccess("isTwoLevel", http.get(call("isTwoLevel"))).strip());
    }

    @Override
    public String status(long datasetId) throws IOException {
        return ServiceHttp.expectSuccess("getStatus", http.get(call("getStatus?sessionId="
                + ServiceHttp.query(sessionId) + "&datasetIds=" + datasetId))).strip();
    }

    @Override
    public void archive(long datasetId) throws IOException {
        ServiceHttp.expectSuccess("archive", http.postForm(call("archive"),
                Map.of("sessionId", sessionId, "datasetIds", Long.toString(datasetId))));
    }

    /**
     * The queue of getServiceStatus. Only the IDS root users may ask; for anybody else (403) the queue
     * cannot be seen and the dataset's getStatus alone tells (ARCHIVED as soon as the archive is queued).
     */
    @Override
    public boolean idle() throws IOException {
        HttpResponse<String> response = http.get(call("getServiceStatus?sessionId=" + ServiceHttp.query(sessionId)));
        if (response.statusCode() == 403) {
            return true;
        }
        String body = ServiceHttp.expectSuccess("getServiceStatus", response);
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonObject status = reader.readObject();
            return status.getJsonArray("opsQueue").isEmpty();
        }
    }

    private URI call(String pathAndQuery) {
        return URI.create(idsUrl + "/" + pathAndQuery);
    }
}
