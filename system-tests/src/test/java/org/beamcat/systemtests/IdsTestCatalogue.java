package org.beamcat.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.beamcat.icat.client.EntityRef;
import org.beamcat.icat.client.IcatException;

/**
 * Catalogue entities for IDS system tests that bring their own data: one investigation of the demo facility
 * per test class (visitId "N/A", as the reference fixture), and fresh datasets in it, made as root.
 */
final class IdsTestCatalogue {

    final String root;
    final String alice;
    final String bob;
    final long facilityId;
    final long investigationId;
    final long datasetTypeId;
    final long formatId;
    final String investigationName;

    private IdsTestCatalogue(String prefix) throws Exception {
        DemoCatalogueFixture.ensureLoaded();
        root = DemoCatalogueFixture.login("root");
        alice = DemoCatalogueFixture.login("alice");
        bob = DemoCatalogueFixture.login("bob");
        facilityId = firstId("SELECT f.id FROM Facility f ORDER BY f.id");
        datasetTypeId = firstId("SELECT t.id FROM DatasetType t WHERE t.facility.id = " + facilityId + " ORDER BY t.id");
        formatId = firstId("SELECT f.id FROM DatafileFormat f WHERE f.facility.id = " + facilityId + " ORDER BY f.id");
        long typeId = firstId("SELECT t.id FROM InvestigationType t WHERE t.facility.id = " + facilityId
                + " ORDER BY t.id");
        investigationName = prefix + "-" + System.nanoTime();
        investigationId = DemoCatalogueFixture.ICAT.create(root, "Investigation", Json.createObjectBuilder()
                .add("name", investigationName).add("visitId", "N/A").add("title", "IDS system test " + prefix)
                .add("facility", ref(facilityId)).add("type", ref(typeId)).build());
    }

    /** Logs in root, alice and bob and makes a new investigation named after {@code prefix}. */
    static IdsTestCatalogue create(String prefix) throws Exception {
        return new IdsTestCatalogue(prefix);
    }

    /** Deletes the investigation and everything below it, so later test classes see the demo facility alone. */
    void remove() throws IcatException {
        DemoCatalogueFixture.ICAT.delete(root, java.util.List.of(new EntityRef("Investigation", investigationId)));
    }

    long dataset(String name) throws IcatException {
        return DemoCatalogueFixture.ICAT.create(root, "Dataset", Json.createObjectBuilder().add("name", name)
                .add("investigation", ref(investigationId)).add("type", ref(datasetTypeId)).build());
    }

    long firstId(String query) throws IcatException {
        return DemoCatalogueFixture.ICAT.search(root, query).getJsonNumber(0).longValue();
    }

    static JsonObject ref(long id) {
        return Json.createObjectBuilder().add("id", id).build();
    }
}
