package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.beamcat.icat.client.EntityRef;

/**
 * Runs of the DOI job (POST /doi/admin/mint-sessions as root) by a test class, and the undoing of what
 * they wrote, so that the classes sharing the test catalogue (LandingDoiIT expects the demo sessions to
 * have no DOI, IcatCatalogueIT expects nothing public) see it as it was: DOIs and release dates the runs
 * set are cleared, and the investigations the class created are deleted.
 */
final class DoiJobRuns {

    private final Set<String> minted = new LinkedHashSet<>();
    private final Set<Long> released = new LinkedHashSet<>();
    private final List<Long> created = new ArrayList<>();

    /** One run as root; asserts it answered 200 and returns its report. */
    JsonObject trigger() throws Exception {
        HttpResponse<String> response = Http.post("/doi/admin/mint-sessions",
                "sessionId=" + URLEncoder.encode(DemoCatalogueFixture.login("root"), StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        JsonObject report = Http.json(response);
        report.getJsonArray("minted").getValuesAs(JsonString.class).forEach(doi -> minted.add(doi.getString()));
        report.getJsonArray("releaseDatesSet").forEach(id -> released.add(((jakarta.json.JsonNumber) id).longValue()));
        return report;
    }

    /** The failure messages of a report that concern this investigation (they start with its id). */
    static List<String> failuresOf(JsonObject report, long investigationId) {
        return report.getJsonArray("failed").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .filter(message -> message.startsWith(investigationId + ":")).toList();
    }

    static List<String> mintedOf(JsonObject report) {
        return report.getJsonArray("minted").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /**
     * An investigation of the demo facility with alice as principal investigator, ended at {@code end}
     * (ICAT date text), deleted again by {@link #undo()}.
     */
    long investigation(String name, String start, String end) throws Exception {
        String root = DemoCatalogueFixture.login("root");
        long facility = first(root, "SELECT f.id FROM Facility f");
        long type = first(root, "SELECT t.id FROM InvestigationType t");
        long alice = first(root, "SELECT u.id FROM User u WHERE u.name = 'simple/alice'");
        JsonObjectBuilder fields = Json.createObjectBuilder()
                .add("name", name).add("visitId", "it").add("title", "System test session " + name)
                .add("summary", "An investigation written by a DOI system test and deleted after it.")
                .add("startDate", start).add("endDate", end)
                .add("facility", Json.createObjectBuilder().add("id", facility))
                .add("type", Json.createObjectBuilder().add("id", type))
                .add("investigationUsers", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("role", "principal_investigator").add("user", Json.createObjectBuilder().add("id", alice))));
        long id = DemoCatalogueFixture.ICAT.create(root, "Investigation", fields.build());
        created.add(id);
        return id;
    }

    static long first(String session, String query) throws Exception {
        return DemoCatalogueFixture.ICAT.search(session, query).getJsonNumber(0).longValue();
    }

    static String doiOf(long investigationId) throws Exception {
        JsonArray dois = DemoCatalogueFixture.ICAT.search(DemoCatalogueFixture.login("root"),
                "SELECT i.doi FROM Investigation i WHERE i.id = " + investigationId);
        return dois.isEmpty() || dois.get(0).getValueType() == JsonValue.ValueType.NULL ? null : dois.getString(0);
    }

    /** Deletes the created investigations and clears the DOIs and release dates the runs set on the others. */
    void undo() throws Exception {
        String root = DemoCatalogueFixture.login("root");
        if (!created.isEmpty()) {
            DemoCatalogueFixture.ICAT.delete(root, created.stream().map(id -> new EntityRef("Investigation", id)).toList());
        }
        for (String doi : minted) {
            for (JsonValue id : DemoCatalogueFixture.ICAT.search(root,
                    "SELECT i.id FROM Investigation i WHERE i.doi = '" + doi + "'")) {
                DemoCatalogueFixture.ICAT.update(root, "Investigation", Json.createObjectBuilder()
                        .add("id", ((jakarta.json.JsonNumber) id).longValue()).addNull("doi").build());
            }
        }
        for (long id : released) {
            if (!created.contains(id) && !DemoCatalogueFixture.ICAT.search(root,
                    "SELECT i.id FROM Investigation i WHERE i.id = " + id).isEmpty()) {
                DemoCatalogueFixture.ICAT.update(root, "Investigation",
                        Json.createObjectBuilder().add("id", id).addNull("releaseDate").build());
            }
        }
    }
}
