package org.beamcat.landing.registrar.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake speaks DataCite's protocol on the wire, checked with raw HTTP rather than through our client. */
class FakeDataCiteTest {

    private static final String JSON_API = "application/vnd.api+json";

    private final FakeDataCite dataCite = FakeDataCite.start("INIST.ESRF", "s3cret", "10.15151");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void stop() {
        dataCite.close();
    }

    private HttpResponse<String> send(String method, String path, String body, String password)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(dataCite.url().resolve(path));
        if (password != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(("inist.esrf:" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (body != null) {
            request.header("Content-Type", JSON_API);
        }
        return http.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String doi(String attributes) {
        return "{\"data\":{\"type\":\"dois\",\"attributes\":" + attributes + "}}";
    }

    private static final String COMPLETE = "{\"doi\":\"10.15151/ESRF-ES-1\",\"url\":\"https://doi.esrf.fr/x\","
            + "\"creators\":[{\"name\":\"Doe, Jane\"}],\"titles\":[{\"title\":\"T\"}],\"publisher\":\"ESRF\","
            + "\"publicationYear\":2028,\"types\":{\"resourceTypeGeneral\":\"Dataset\"}";

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @Test
    void wrongCredentialsAre401WithAJsonApiErrorBody() throws Exception {
        HttpResponse<String> response = send("POST", "/dois", doi(COMPLETE + "}"), "wrong");
        assertEquals(401, response.statusCode());
        assertEquals("{\"errors\":[{\"status\":\"401\",\"title\":\"Bad credentials.\"}]}", response.body());
    }

    @Test
    void aPostWithoutEventIsADraftAndIdsComeBackLowerCase() throws Exception {
        HttpResponse<String> response = send("POST", "/dois", doi("{\"doi\":\"10.15151/ESRF-ES-1\"}"), "s3cret");
        assertEquals(201, response.statusCode());
        JsonObject data = json(response).getJsonObject("data");
        assertEquals("10.15151/esrf-es-1", data.getString("id"));
        assertEquals("draft", data.getJsonObject("attributes").getString("state"));
        assertEquals("inist.esrf", data.getJsonObject("relationships").getJsonObject("client")
                .getJsonObject("data").getString("id"));
    }

    @Test
    void aTakenDoiIs422WithDataCitesErrorShape() throws Exception {
        send("POST", "/dois", doi("{\"doi\":\"10.15151/ESRF-ES-1\"}"), "s3cret");
        HttpResponse<String> again = send("POST", "/dois", doi("{\"doi\":\"10.15151/esrf-es-1\"}"), "s3cret");
        assertEquals(422, again.statusCode());
        JsonObject error = json(again).getJsonArray("errors").getJsonObject(0);
        assertEquals("422", error.getString("status"));
        assertEquals("doi", error.getString("source"));
        assertEquals("This DOI has already been taken", error.getString("title"));
    }

    @Test
    void publishingWithoutMandatoryPropertiesIs422AndStoresNothing() throws Exception {
        HttpResponse<String> response = send("POST", "/dois",
                doi("{\"doi\":\"10.15151/ESRF-ES-2\",\"event\":\"publish\",\"titles\":[{\"title\":\"T\"}]}"), "s3cret");
        assertEquals(422, response.statusCode());
        assertEquals(5, json(response).getJsonArray("errors").size(), response.body());
        assertEquals(0, dataCite.doiCount());
    }

    @Test
    void draftsAreHiddenFromTheAnonymousAndFindableOnesAreNot() throws Exception {
        send("POST", "/dois", doi(COMPLETE + "}"), "s3cret");
        assertEquals(404, send("GET", "/dois/10.15151/ESRF-ES-1", null, null).statusCode());
        assertEquals(200, send("GET", "/dois/10.15151/ESRF-ES-1", null, "s3cret").statusCode());

        HttpResponse<String> published = send("PUT", "/dois/10.15151/ESRF-ES-1",
                doi("{\"event\":\"publish\"}"), "s3cret");
        assertEquals(200, published.statusCode());
        assertEquals("findable", json(published).getJsonObject("data").getJsonObject("attributes").getString("state"));
        assertEquals(200, send("GET", "/dois/10.15151/esrf-es-1", null, null).statusCode());
    }

    @Test
    void anUnknownDoiIs404() throws Exception {
        HttpResponse<String> response = send("GET", "/dois/10.15151/NOPE", null, "s3cret");
        assertEquals(404, response.statusCode());
        assertEquals("The resource you are looking for doesn't exist.",
                json(response).getJsonArray("errors").getJsonObject(0).getString("title"));
    }

    @Test
    void aPutToAnUnknownDoiCreatesItAsDataCiteDoes() throws Exception {
        HttpResponse<String> response = send("PUT", "/dois/10.15151/ESRF-ES-3", doi(COMPLETE + "}"), "s3cret");
        assertEquals(201, response.statusCode());
        assertEquals(1, dataCite.doiCount());
    }

    @Test
    void anotherRepositorysPrefixIs403() throws Exception {
        assertEquals(403, send("POST", "/dois", doi("{\"doi\":\"10.5072/X\"}"), "s3cret").statusCode());
    }

    @Test
    void theWrongContentTypeIs415() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(dataCite.url().resolve("/dois"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("INIST.ESRF:s3cret".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(doi("{\"doi\":\"10.15151/X\"}"))).build();
        assertEquals(415, http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void injectedFaultsComeFirstAndThenTheServiceAnswers() throws Exception {
        dataCite.failNext(1, Fault.tooManyRequests(3));
        dataCite.failNext(1, Fault.serverError(503));
        dataCite.failNext(1, Fault.dropConnection());
        HttpResponse<String> limited = send("GET", "/dois/10.15151/X", null, "s3cret");
        assertEquals(429, limited.statusCode());
        assertEquals("3", limited.headers().firstValue("Retry-After").orElseThrow());
        assertEquals(503, send("GET", "/dois/10.15151/X", null, "s3cret").statusCode());
        assertThrows(IOException.class, () -> send("POST", "/dois", doi("{\"doi\":\"10.15151/X\"}"), "s3cret"));
        assertEquals(404, send("GET", "/dois/10.15151/X", null, "s3cret").statusCode());
    }

    @Test
    void aCrashAfterADraftKeepsTheDraftAndDropsConnectionsUntilRecovered() throws Exception {
        dataCite.crashAfterNextDraft();
        assertThrows(IOException.class, () -> send("POST", "/dois", doi("{\"doi\":\"10.15151/X\"}"), "s3cret"));
        assertThrows(IOException.class, () -> send("POST", "/dois", doi("{\"doi\":\"10.15151/X\"}"), "s3cret"));
        dataCite.recover();
        assertEquals("draft", dataCite.state("10.15151/X").orElseThrow());
        assertTrue(send("GET", "/dois/10.15151/X", null, "s3cret").statusCode() == 200);
    }
}
