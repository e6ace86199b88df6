package org.beamcat.landing.collections;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.beamcat.landing.doi.Affiliation;
import org.beamcat.landing.doi.Agent;
import org.beamcat.landing.doi.validation.Orcid;

/**
 * Reads the {@code doi.creators} parameter of a data collection: a JSON array of
 * {@code {"name","givenName","familyName","orcid","affiliation"}} (the last two optional).
 * A page must render even when a stored value is damaged, so unreadable entries are skipped, not fatal.
 */
public final class CollectionCreators {

    private CollectionCreators() {
    }

    public static List<Agent> parse(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        JsonArray array;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            array = reader.readArray();
        } catch (JsonException | IllegalStateException e) {
            return List.of();
        }
        List<Agent> agents = new ArrayList<>();
        for (JsonValue value : array) {
            if (value instanceof JsonObject o) {
                agent(o).ifPresent(agents::add);
            }
        }
        return agents;
    }

    private static Optional<Agent> agent(JsonObject o) {
        String given = text(o, "givenName");
        String family = text(o, "familyName");
        String name = text(o, "name");
        Agent agent;
        if (family != null && given != null) {
            agent = Agent.person(family, given);
        } else if (name != null) {
            agent = new Agent(name, family != null ? Agent.PERSONAL : null, given, family, List.of(), List.of());
        } else if (family != null) {
            agent = new Agent(family, Agent.PERSONAL, null, family, List.of(), List.of());
        } else {
            return Optional.empty();
        }
        String orcid = text(o, "orcid");
        if (orcid != null && Orcid.isValid(orcid)) {
            agent = agent.withOrcid(orcid);
        }
        String affiliation = text(o, "affiliation");
        if (affiliation != null) {
            agent = agent.withAffiliation(Affiliation.named(affiliation));
        }
        return Optional.of(agent);
    }

    private static String text(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() != JsonValue.ValueType.STRING) {
            return null;
        }
        String s = o.getString(field).strip();
        return s.isEmpty() ? null : s;
    }
}
