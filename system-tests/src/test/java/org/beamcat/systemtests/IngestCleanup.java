package org.beamcat.systemtests;

import jakarta.json.JsonArray;
import java.util.ArrayList;
import java.util.List;
import org.beamcat.icat.client.EntityRef;

/**
 * Removes what an ingestion test registered (its datasets, with their datafiles and parameters, and its
 * samples), so the demo investigations keep the content other system tests count on.
 */
final class IngestCleanup {

    private final List<String> locations = new ArrayList<>();
    private final List<String> samples = new ArrayList<>();

    void dataset(String location, String sample) {
        locations.add(location);
        samples.add(sample);
    }

    void run() throws Exception {
        String session = DemoCatalogueFixture.login("root");
        List<EntityRef> doomed = new ArrayList<>();
        for (String location : locations) {
            ids(session, "SELECT d.id FROM Dataset d WHERE d.location = '" + location + "'", "Dataset", doomed);
        }
        if (!doomed.isEmpty()) {
            DemoCatalogueFixture.ICAT.delete(session, doomed);
        }
        doomed.clear();
        for (String sample : samples) {
            ids(session, "SELECT s.id FROM Sample s WHERE s.name = '" + sample + "'", "Sample", doomed);
        }
        if (!doomed.isEmpty()) {
            DemoCatalogueFixture.ICAT.delete(session, doomed);
        }
        locations.clear();
        samples.clear();
    }

    private static void ids(String session, String query, String entity, List<EntityRef> into) throws Exception {
        JsonArray ids = DemoCatalogueFixture.ICAT.search(session, query);
        for (int i = 0; i < ids.size(); i++) {
            into.add(new EntityRef(entity, ids.getJsonNumber(i).longValue()));
        }
    }
}
