package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code /icat}, {@code /ids} and {@code /ingest} each serve their OpenAPI description at
 * {@code <context root>/openapi.yaml}, and it matches what they answer: the operations it describes are exactly
 * those their JAX-RS resources serve (read by reflection from the deployed archives), and each described
 * operation, called without credentials, reaches a resource method: it is answered by the application, never
 * with "no such call" (404/501), "wrong method" (405) or "wrong content type" (415). The one exception is a call
 * described with a 501 response only: one BeamCat answers on purpose as "not offered" (IDS {@code getLink}).
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiDescriptionIT extends DeployedBeamCat {

    private static final Set<String> VERBS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Path ARCHIVES = Path.of(System.getProperty("archives.dir", "target/archives"));

    @TempDir
    Path work;

    @Test
    void catalogueDescribesExactlyWhatItServes() throws Exception {
        check("/icat", JaxRsOperations.of(ARCHIVES.resolve("icat-server.war"), null, work));
    }

    @Test
    void dataServiceDescribesExactlyWhatItServes() throws Exception {
        check("/ids", JaxRsOperations.of(ARCHIVES.resolve("icat-ear.ear"), "ids-web.war", work));
    }

    @Test
    void ingestionDescribesExactlyWhatItServes() throws Exception {
        check("/ingest", JaxRsOperations.of(ARCHIVES.resolve("icat-ear.ear"), "ingest-web.war", work));
    }

    private void check(String contextRoot, Set<String> served) throws Exception {
        assertTrue(served.size() > 3, "the archive's resources were found: " + served);
        HttpResponse<String> response = Http.awaitStatus(contextRoot + "/openapi.yaml", 200, Duration.ofSeconds(60));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/yaml"),
                response.headers().toString());
        Map<String, Object> document = new Yaml().load(response.body());
        assertTrue(String.valueOf(document.get("openapi")).startsWith("3."), "an OpenAPI 3 document");
        assertEquals(contextRoot, url(document), "the server URL is the context root");

        Map<String, Map<String, Object>> operations = operations(document);
        Set<String> missing = new TreeSet<>(served);
        missing.removeAll(operations.keySet());
        Set<String> invented = new TreeSet<>(operations.keySet());
        invented.removeAll(served);
        assertTrue(missing.isEmpty() && invented.isEmpty(), contextRoot + "/openapi.yaml (META-INF/openapi.yaml of "
                + "the module) and the resources differ: served but not described " + missing
                + ", described but not served " + invented);

        List<String> unanswered = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> operation : operations.entrySet()) {
            String[] verbAndPath = operation.getKey().split(" ", 2);
            String path = contextRoot + verbAndPath[1].replaceAll("\\{[^}]+}", "x");
            String contentType = firstContentType(operation.getValue());
            HttpResponse<String> answer = contentType == null
                    ? Http.request(verbAndPath[0], path, null)
                    : Http.request(verbAndPath[0], path, "", "Content-Type", contentType);
            int status = answer.statusCode();
            boolean describedAsNotOffered = status == 501 && responses(operation.getValue()).containsKey("501");
            if (status == 404 || status == 405 || status == 415 || (status == 501 && !describedAsNotOffered)) {
                unanswered.add(operation.getKey() + " -> " + status + " " + answer.body());
            }
            assertTrue(answer.headers().firstValue("X-Request-Id").isPresent(),
                    operation.getKey() + " answers with a request id");
        }
        assertTrue(unanswered.isEmpty(), "described operations the deployed application does not answer: "
                + unanswered);
    }

    @SuppressWarnings("unchecked")
    private static String url(Map<String, Object> document) {
        List<Map<String, Object>> servers = (List<Map<String, Object>>) document.get("servers");
        return String.valueOf(servers.get(0).get("url"));
    }

    /** "GET /session/{sessionId}" → the operation object. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> operations(Map<String, Object> document) {
        Map<String, Map<String, Object>> operations = new java.util.TreeMap<>();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        paths.forEach((path, item) -> item.forEach((key, operation) -> {
            if (VERBS.contains(key)) {
                operations.put(key.toUpperCase() + " " + path, (Map<String, Object>) operation);
            }
        }));
        return operations;
    }

    /** The operation's described responses by status code (an IDS call BeamCat does not offer describes its 501). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> responses(Map<String, Object> operation) {
        Map<Object, Object> responses = (Map<Object, Object>) operation.getOrDefault("responses", Map.of());
        Map<String, Object> byCode = new java.util.TreeMap<>();
        responses.forEach((code, response) -> byCode.put(String.valueOf(code), response));
        return byCode;
    }

    /** The first media type of the request body, when the operation takes one. */
    @SuppressWarnings("unchecked")
    private static String firstContentType(Map<String, Object> operation) {
        Object body = operation.get("requestBody");
        if (!(body instanceof Map<?, ?> requestBody)) {
            return null;
        }
        Object content = requestBody.get("content");
        if (content == null) { // a $ref to components/requestBodies: all of BeamCat's are forms
            return "application/x-www-form-urlencoded";
        }
        String type = ((Map<String, Object>) content).keySet().iterator().next();
        return type.equals("*/*") ? "application/octet-stream" : type;
    }
}
