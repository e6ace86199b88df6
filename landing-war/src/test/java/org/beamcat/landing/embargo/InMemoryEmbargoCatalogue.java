package org.beamcat.landing.embargo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The in-memory {@link EmbargoCatalogue} of the use-case tests: investigations by id with their end and release
 * dates (ICAT date strings, null when unset), the public rules as a set. {@link #updatesIgnored} makes release
 * dates not stay, as a catalogue that refuses the update silently would.
 */
final class InMemoryEmbargoCatalogue implements EmbargoCatalogue {

    final Map<Long, String[]> investigations = new LinkedHashMap<>();
    final Set<String> rules = new HashSet<>();
    final List<List<String>> ruleWrites = new ArrayList<>();
    boolean updatesIgnored;

    void add(long id, String end, String release) {
        investigations.put(id, new String[] {end, release});
    }

    @Override
    public List<JsonObject> withoutReleaseDate() {
        List<JsonObject> rows = new ArrayList<>();
        investigations.forEach((id, dates) -> {
            if (dates[0] != null && dates[1] == null && rows.size() < BATCH) {
                rows.add(Json.createObjectBuilder().add("id", id).add("endDate", dates[0]).build());
            }
        });
        return rows;
    }

    @Override
    public void setReleaseDates(Map<Long, String> dates) {
        if (!updatesIgnored) {
            dates.forEach((id, date) -> investigations.get(id)[1] = date);
        }
    }

    @Override
    public Set<String> publicReadRules() {
        return Set.copyOf(rules);
    }

    @Override
    public void createPublicReadRules(List<String> whats) {
        ruleWrites.add(List.copyOf(whats));
        rules.addAll(whats);
    }
}
