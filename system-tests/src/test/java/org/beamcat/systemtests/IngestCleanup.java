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

    private static final int PER_CALL = 20;

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
        delete(session, locations, "SELECT d.id FROM Dataset d WHERE d.location = '%s'", "Dataset");
        delete(session, samples, "SELECT s.id FROM Sample s WHERE s.name = '%s'", "Sample");
        delete(session, investigations, "SELECT i.id FROM Investigation i WHERE i.name = '%s'", "Investigation");
        locations.clear();
        samples.clear();
        investigations.clear();
    }

    /** Deletes in calls of at most {@value #PER_CALL}: each cascades to every datafile below, in one transaction. */
    private static void delete(String session, Set<String> keys, String query, String entity) throws Exception {
        List<EntityRef> doomed = new ArrayList<>();
        for (String key : keys) {
            ids(session, String.format(query, key), entity, doomed);
        }
        for (int from = 0; from < doomed.size(); from += PER_CALL) {
            DemoCatalogueFixture.ICAT.delete(session, doomed.subList(from, Math.min(doomed.size(), from + PER_CALL)));
        }
    }

    private static void ids(String session, String query, String entity, List<EntityRef> into) throws Exception {
        JsonArray ids = DemoCatalogueFixture.ICAT.search(session, query);
        for (int i = 0; i < ids.size(); i++) {
            into.add(new EntityRef(entity, ids.getJsonNumber(i).longValue()));
        }
    }
}
