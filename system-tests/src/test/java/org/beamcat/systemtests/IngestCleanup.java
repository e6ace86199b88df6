package org.beamcat.systemtests;

import jakarta.json.JsonArray;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.beamcat.icat.client.EntityRef;

/**
 * Removes what an ingestion test registered (its datasets, with their datafiles and parameters, and its
 * samples), so the demo investigations keep the content other system tests count on.
 */
final class IngestCleanup {

    // sets: many datasets of one test may share a sample, which must be deleted once
    private final Set<String> locations = new LinkedHashSet<>();
    private final Set<String> samples = new LinkedHashSet<>();
    private final Set<String> investigations = new LinkedHashSet<>();

    void dataset(String location, String sample) {
        locations.add(location);
        samples.add(sample);
    }

    /** An investigation a test created (by name), removed last with everything below it. */
    void investigation(String name) {
        investigations.add(name);
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
        doomed.clear();
        for (String name : investigations) {
            ids(session, "SELECT i.id FROM Investigation i WHERE i.name = '" + name + "'", "Investigation", doomed);
        }
        if (!doomed.isEmpty()) {
            DemoCatalogueFixture.ICAT.delete(session, doomed);
        }
        locations.clear();
        samples.clear();
        investigations.clear();
    }

    private static void ids(String session, String query, String entity, List<EntityRef> into) throws Exception {
        JsonArray ids = DemoCatalogueFixture.ICAT.search(session, query);
        for (int i = 0; i < ids.size(); i++) {
            into.add(new EntityRef(entity, ids.getJsonNumber(i).longValue()));
        }
    }
}
