package org.beamcat.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.beamcat.icat.client.EntityRef;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.IcatException;

/**
 * DOIs of every kind the landing pages render, written into the demo facility as root the way the DOI
 * service and its minting form leave them (catalogue conventions of issue 7), and removed again afterwards
 * so that other system tests see the demo facility unchanged:
 * <ul>
 * <li>an open experiment session (ended in 2015, embargo over) whose two datasets have real files put
 *     through the IDS, made public by rules as the embargo job does (rules without grouping: everyone,
 *     anonymous users included, may read them);</li>
 * <li>an embargoed session that ended yesterday;</li>
 * <li>a withdrawn session (doi.withdrawn parameter);</li>
 * <li>a session whose embargo is over but whose data no rule opens yet (the embargo job has not run);</li>
 * <li>a data collection of 120 datasets of the embargoed session (2 files each, 1000 and 2000 bytes) with the
 *     doi.title / doi.abstract / doi.creators parameters;</li>
 * <li>an open data collection of the open session's datasets.</li>
 * </ul>
 */
final class DoiLandingFixture {

    static final IcatClient ICAT = DemoCatalogueFixture.ICAT;
    static final String TITLE = "Annealing series of printed Ti-6Al-4V";
    static final String ABSTRACT = "Selected scans behind the annealing paper: every tensile state of the printed alloy.";
    static final String WITHDRAWAL_REASON = "Superseded by a corrected dataset.";
    static final byte[] FILE_A = "open data A\n".repeat(200).getBytes(StandardCharsets.UTF_8);
    static final byte[] FILE_B = "open data B\n".repeat(300).getBytes(StandardCharsets.UTF_8);

    final String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    final LocalDate embargoedEnd = LocalDate.now().minusDays(1);
    String openDoi;
    String embargoedDoi;
    String withdrawnDoi;
    String unopenedDoi;
    String collectionDoi;
    String openCollectionDoi;
    long openInvestigation;
    List<Long> openDatasets = new ArrayList<>();
    long embargoedInvestigation;
    long withdrawnInvestigation;
    private final List<EntityRef> created = new ArrayList<>();

    private String root;
    private long facility;
    private long investigationType;
    private long datasetType;
    private long format;
    private long alice;
    private long instrument;

    static DoiLandingFixture create() throws Exception {
        DoiLandingFixture f = new DoiLandingFixture();
        f.build();
        return f;
    }

    private void build() throws Exception {
        DemoCatalogueFixture.ensureLoaded();
        Http.awaitStatus("/doi/", 200, Duration.ofSeconds(30));
        Http.awaitStatus("/ids/ping", 200, Duration.ofSeconds(30));
        root = DemoCatalogueFixture.login("root");
        JsonObject ma = ICAT.search(root, "SELECT i FROM Investigation i WHERE i.name = 'MA-4321' INCLUDE i.facility, i.type")
                .getJsonObject(0).getJsonObject("Investigation");
        facility = ma.getJsonObject("facility").getJsonNumber("id").longValue();
        investigationType = ma.getJsonObject("type").getJsonNumber("id").longValue();
        datasetType = firstId("SELECT t.id FROM DatasetType t ORDER BY t.id");
        format = firstId("SELECT f.id FROM DatafileFormat f ORDER BY f.id");
        alice = firstId("SELECT u.id FROM User u WHERE u.name = 'simple/alice'");
        instrument = firstId("SELECT i.id FROM Instrument i WHERE i.name = 'ID11'");

        openDoi = "10.5072/IT-OPEN-" + run;
        openInvestigation = investigation("DOI-OPEN-" + run, "2015-01-01T12:00:00.000Z", "2015-01-03T12:00:00.000Z", openDoi);
        for (String name : List.of("scan_b", "scan_a")) {
            long dataset = ICAT.create(root, "Dataset", Json.createObjectBuilder().add("name", name)
                    .add("investigation", ref(openInvestigation)).add("type", ref(datasetType)).build());
            openDatasets.add(dataset);
            put(dataset, name + "/data.txt", name.equals("scan_a") ? FILE_A : FILE_B);
        }
        publicRules(openInvestigation);

        embargoedDoi = "10.5072/IT-EMBARGO-" + run;
        embargoedInvestigation = investigation("DOI-EMBARGO-" + run, embargoedEnd.minusDays(2) + "T12:00:00.000Z",
                embargoedEnd + "T12:00:00.000Z", embargoedDoi);
        List<JsonObject> datasets = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            datasets.add(Json.createObjectBuilder().add("Dataset", Json.createObjectBuilder()
                    .add("name", String.format("series_%03d", i)).add("investigation", ref(embargoedInvestigation))
                    .add("type", ref(datasetType))
                    .add("datafiles", Json.createArrayBuilder()
                            .add(datafile("a.h5", 1000)).add(datafile("b.h5", 2000)))).build());
        }
        List<Long> series = ICAT.write(root, datasets);

        withdrawnDoi = "10.5072/IT-GONE-" + run;
        withdrawnInvestigation = investigation("DOI-GONE-" + run, "2015-02-01T12:00:00.000Z", "2015-02-02T12:00:00.000Z",
                withdrawnDoi);
        ICAT.create(root, "Dataset", Json.createObjectBuilder().add("name", "withdrawn_scan")
                .add("investigation", ref(withdrawnInvestigation)).add("type", ref(datasetType)).build());
        ICAT.create(root, "InvestigationParameter", Json.createObjectBuilder().add("stringValue", WITHDRAWAL_REASON)
                .add("investigation", ref(withdrawnInvestigation))
                .add("type", ref(parameterType("doi.withdrawn", false, true))).build());

        unopenedDoi = "10.5072/IT-UNOPENED-" + run;
        long unopened = investigation("DOI-UNOPENED-" + run, "2015-03-01T12:00:00.000Z", "2015-03-02T12:00:00.000Z",
                unopenedDoi);
        long unopenedDataset = ICAT.create(root, "Dataset", Json.createObjectBuilder().add("name", "closed_scan")
                .add("investigation", ref(unopened)).add("type", ref(datasetType)).build());
        put(unopenedDataset, "closed_scan/data.txt", FILE_A);

        collectionDoi = "10.5072/IT-DC-" + run;
        collection(collectionDoi, series);
        openCollectionDoi = "10.5072/IT-DC-OPEN-" + run;
        collection(openCollectionDoi, openDatasets);
    }

    /** Removes everything the fixture wrote, newest first (collections before the datasets they hold). */
    void remove() throws IcatException {
        List<EntityRef> reversed = new ArrayList<>(created);
        java.util.Collections.reverse(reversed);
        for (EntityRef ref : reversed) {
            ICAT.delete(root, List.of(ref));
        }
    }

    private long investigation(String name, String start, String end, String doi) throws IcatException {
        long id = ICAT.create(root, "Investigation", Json.createObjectBuilder().add("name", name).add("visitId", "it")
                .add("title", name.startsWith("DOI-OPEN") ? "Open beamtime on printed alloys" : "Beamtime " + name)
                .add("summary", "Diffraction of printed alloys, recorded for the DOI landing page system tests.")
                .add("startDate", start).add("endDate", end).add("doi", doi)
                .add("facility", ref(facility)).add("type", ref(investigationType))
                .add("investigationUsers", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("role", "principal_investigator").add("user", ref(alice))))
                .add("investigationInstruments", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("instrument", ref(instrument))))
                .build());
        created.add(new EntityRef("Investigation", id));
        return id;
    }

    private void collection(String doi, List<Long> datasets) throws IcatException {
        JsonArrayBuilder members = Json.createArrayBuilder();
        datasets.forEach(id -> members.add(Json.createObjectBuilder().add("dataset", ref(id))));
        String creators = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "Lovelace, Ada").add("givenName", "Ada")
                        .add("familyName", "Lovelace").add("orcid", "0000-0002-9183-7206").add("affiliation", "ESRF"))
                .add(Json.createObjectBuilder().add("name", "Babbage, Charles").add("givenName", "Charles")
                        .add("familyName", "Babbage"))
                .build().toString();
        long id = ICAT.create(root, "DataCollection", Json.createObjectBuilder().add("doi", doi)
                .add("dataCollectionDatasets", members)
                .add("parameters", Json.createArrayBuilder()
                        .add(parameter("doi.title", TITLE))
                        .add(parameter("doi.abstract", ABSTRACT))
                        .add(parameter("doi.creators", creators)))
                .build());
        created.add(new EntityRef("DataCollection", id));
    }

    private JsonObjectBuilder parameter(String type, String value) throws IcatException {
        return Json.createObjectBuilder().add("stringValue", value).add("type", ref(parameterType(type, true, false)));
    }

    /** The facility's ParameterType of that name, created when missing (the convention: whoever writes first). */
    private long parameterType(String name, boolean collection, boolean investigation) throws IcatException {
        var found = ICAT.search(root, "SELECT t.id FROM ParameterType t WHERE t.name = '" + name
                + "' AND t.units = 'N/A' AND t.facility.id = " + facility);
        if (!found.isEmpty()) {
            return found.getJsonNumber(0).longValue();
        }
        return ICAT.create(root, "ParameterType", Json.createObjectBuilder().add("name", name).add("units", "N/A")
                .add("valueType", "STRING").add("applicableToDataCollection", true)
                .add("applicableToInvestigation", name.equals("doi.withdrawn") || investigation)
                .add("facility", ref(facility)).build());
    }

    /** What the embargo job maintains: the investigation, its datasets and files readable by everyone. */
    private void publicRules(long investigation) throws IcatException {
        for (String what : List.of("SELECT x FROM Investigation x WHERE x.id = " + investigation,
                "SELECT x FROM Dataset x WHERE x.investigation.id = " + investigation,
                "SELECT x FROM Datafile x WHERE x.dataset.investigation.id = " + investigation)) {
            long rule = ICAT.create(root, "Rule", Json.createObjectBuilder().add("crudFlags", "R").add("what", what).build());
            created.add(new EntityRef("Rule", rule));
        }
    }

    private void put(long dataset, String name, byte[] content) throws Exception {
        String query = "sessionId=" + root + "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "&datafileFormatId=" + format + "&datasetId=" + dataset;
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(Http.BASE + "/ids/put?" + query))
                .header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("IDS put answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static JsonObjectBuilder datafile(String name, long size) {
        return Json.createObjectBuilder().add("name", name).add("fileSize", size);
    }

    private long firstId(String query) throws IcatException {
        return ICAT.search(root, query).getJsonNumber(0).longValue();
    }

    private static JsonObjectBuilder ref(long id) {
        return Json.createObjectBuilder().add("id", id);
    }

    Map<String, String> dois() {
        return Map.of("open", openDoi, "embargoed", embargoedDoi, "withdrawn", withdrawnDoi, "collection", collectionDoi,
                "openCollection", openCollectionDoi);
    }
}
