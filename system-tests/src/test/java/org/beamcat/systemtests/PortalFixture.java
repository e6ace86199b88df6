package org.beamcat.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.beamcat.icat.client.EntityRef;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.IcatException;

/**
 * What the portal tests look at, on top of the demo facility: alice's investigation with a session DOI and a
 * few datasets, a released investigation of bob's readable by everyone (with the rules the embargo job keeps),
 * and the ids of bob's demo investigation ES-1234, which alice must never see. Removed again at the end.
 */
final class PortalFixture {

    static final IcatClient ICAT = DemoCatalogueFixture.ICAT;

    final String run = Long.toString(System.currentTimeMillis() % 1_000_000);
    final String aliceProposal = "PORTAL-A-" + run;
    final String aliceDoi = "10.5072/PORTAL-A-" + run;
    final String openProposal = "PORTAL-OPEN-" + run;
    long aliceInvestigation;
    long openInvestigation;
    long openDataset;
    long bobInvestigation;
    long bobDataset;
    long bobDatafile;
    long aliceDemoInvestigation;

    private final List<EntityRef> created = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger files = new java.util.concurrent.atomic.AtomicInteger();
    private String root;
    private long facility;
    private long investigationType;
    private long datasetType;
    private long format;
    private long instrument;

    static PortalFixture create() throws Exception {
        PortalFixture fixture = new PortalFixture();
        fixture.build();
        return fixture;
    }

    private void build() throws Exception {
        DemoCatalogueFixture.ensureLoaded();
        Http.awaitStatus("/login.xhtml", 200, Duration.ofSeconds(60));
        root = DemoCatalogueFixture.login("root");
        JsonObject ma = ICAT.search(root, "SELECT i FROM Investigation i WHERE i.name = 'MA-4321' INCLUDE i.facility, i.type")
                .getJsonObject(0).getJsonObject("Investigation");
        aliceDemoInvestigation = ma.getJsonNumber("id").longValue();
        facility = ma.getJsonObject("facility").getJsonNumber("id").longValue();
        investigationType = ma.getJsonObject("type").getJsonNumber("id").longValue();
        datasetType = firstId("SELECT t.id FROM DatasetType t ORDER BY t.id");
        format = firstId("SELECT f.id FROM DatafileFormat f ORDER BY f.id");
        instrument = firstId("SELECT i.id FROM Instrument i WHERE i.name = 'ID11'");
        bobInvestigation = firstId("SELECT i.id FROM Investigation i WHERE i.name = 'ES-1234'");
        bobDataset = firstId("SELECT d.id FROM Dataset d WHERE d.investigation.name = 'ES-1234' ORDER BY d.id");
        bobDatafile = firstId("SELECT f.id FROM Datafile f WHERE f.dataset.investigation.name = 'ES-1234' ORDER BY f.id");

        aliceInvestigation = investigation(aliceProposal, "alice", aliceDoi, null);
        List<JsonObject> datasets = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            datasets.add(Json.createObjectBuilder().add("Dataset", Json.createObjectBuilder()
                    .add("name", String.format("portal_scan_%03d", i)).add("investigation", ref(aliceInvestigation))
                    .add("type", ref(datasetType)).add("startDate", String.format("2024-01-01T10:%02d:00.000Z", i))
                    .add("datafiles", Json.createArrayBuilder().add(datafile("a.h5", 1000)).add(datafile("b.h5", 2500))))
                    .build());
        }
        ICAT.write(root, datasets);

        openInvestigation = investigation(openProposal, "bob", null, "2016-01-01T00:00:00.000Z");
        openDataset = ICAT.create(root, "Dataset", Json.createObjectBuilder().add("name", "open_scan")
                .add("investigation", ref(openInvestigation)).add("type", ref(datasetType))
                .add("datafiles", Json.createArrayBuilder().add(datafile("open.h5", 42))).build());
        for (String what : List.of("SELECT x FROM Investigation x WHERE x.id = " + openInvestigation,
                "SELECT x FROM Dataset x WHERE x.investigation.id = " + openInvestigation,
                "SELECT x FROM Datafile x WHERE x.dataset.investigation.id = " + openInvestigation)) {
            created.add(new EntityRef("Rule", ICAT.create(root, "Rule",
                    Json.createObjectBuilder().add("crudFlags", "R").add("what", what).build())));
        }
    }

    void remove() throws IcatException {
        List<EntityRef> reversed = new ArrayList<>(created);
        Collections.reverse(reversed);
        for (EntityRef ref : reversed) {
            ICAT.delete(root, List.of(ref));
        }
    }

    private long investigation(String name, String member, String doi, String releaseDate) throws IcatException {
        JsonObjectBuilder fields = Json.createObjectBuilder().add("name", name).add("visitId", "it")
                .add("title", "Portal beamtime " + name)
                .add("summary", "Printed alloys under load, recorded for the portal's system tests.")
                .add("startDate", "2024-01-01T08:00:00.000Z").add("endDate", "2024-01-03T08:00:00.000Z")
                .add("facility", ref(facility)).add("type", ref(investigationType))
                .add("investigationUsers", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("role", "principal_investigator").add("user", ref(firstId(
                                "SELECT u.id FROM User u WHERE u.name = 'simple/" + member + "'")))))
                .add("investigationInstruments", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("instrument", ref(instrument))));
        if (doi != null) {
            fields.add("doi", doi);
        }
        if (releaseDate != null) {
            fields.add("releaseDate", releaseDate);
        }
        long id = ICAT.create(root, "Investigation", fields.build());
        created.add(new EntityRef("Investigation", id));
        return id;
    }

    private JsonObjectBuilder datafile(String name, long size) {
        return Json.createObjectBuilder().add("name", name).add("fileSize", size).add("datafileFormat", ref(format))
                .add("location", "portal-it/" + run + "/" + files.incrementAndGet() + "/" + name);
    }

    private long firstId(String query) throws IcatException {
        return ICAT.search(root, query).getJsonNumber(0).longValue();
    }

    private static JsonObjectBuilder ref(long id) {
        return Json.createObjectBuilder().add("id", id);
    }
}
