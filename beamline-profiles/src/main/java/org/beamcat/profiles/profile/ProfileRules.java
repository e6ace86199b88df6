package org.beamcat.profiles.profile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToIntFunction;
import tools.jackson.databind.JsonNode;

/**
 * What a profile must satisfy beyond its schema: names unique where the catalogue keys on them, references
 * between sections that resolve, and agreement with how ingestion and the Tango device read the same facts.
 * Runs on a schema-valid tree, so every field it reads is there with its type.
 */
final class ProfileRules {

    private final ToIntFunction<JsonNode> lineOf;
    private final List<ProfileProblem> problems = new ArrayList<>();

    ProfileRules(ToIntFunction<JsonNode> lineOf) {
        this.lineOf = lineOf;
    }

    List<ProfileProblem> check(JsonNode profile) {
        parameters(profile.get("parameters"));
        formats(profile.get("datafileFormats"), profile.get("legacyConversion"));
        layouts(profile.get("dataLayout"));
        tango(profile.get("instrument").get("name").asString(), profile.get("tango").get("properties"));
        return problems;
    }

    private void parameters(JsonNode parameters) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < parameters.size(); i++) {
            JsonNode parameter = parameters.get(i);
            String field = "/parameters/" + i;
            String name = parameter.get("name").asString();
            if (!names.add(name)) {
                problem(parameter.get("name"), field + "/name", "parameter " + name + " is named twice");
            }
            if (!parameter.has("nexusPath") && !parameter.has("description")) {
                problem(parameter, field, "parameter " + name + " needs a nexusPath (where the master file holds it)"
                        + " or, when it has none, a description");
            }
            if (parameter.has("permissibleValues") && !parameter.get("valueType").asString().equals("STRING")) {
                problem(parameter.get("permissibleValues"), field + "/permissibleValues",
                        "permissible values are for STRING parameters; " + name + " is "
                                + parameter.get("valueType").asString());
            }
        }
    }

    private void formats(JsonNode formats, JsonNode legacy) {
        Set<String> keys = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < formats.size(); i++) {
            JsonNode format = formats.get(i);
            String name = format.get("name").asString();
            names.add(name);
            if (!keys.add(name + " " + format.get("version").asString())) {
                problem(format.get("name"), "/datafileFormats/" + i + "/name", "format " + name + " version "
                        + format.get("version").asString() + " is listed twice");
            }
        }
        if (legacy == null) {
            return;
        }
        for (int i = 0; i < legacy.size(); i++) {
            if (!names.contains(legacy.get(i).asString())) {
                problem(legacy.get(i), "/legacyConversion/" + i, legacy.get(i).asString()
                        + " is converted but not one of datafileFormats, so its files could not be registered");
            }
        }
    }

    /** The ingestion's FolderLayout rule that the pattern alone cannot say: a layout names whose folder it is. */
    private void layouts(JsonNode layouts) {
        for (int i = 0; i < layouts.size(); i++) {
            String layout = layouts.get(i).asString();
            if (!layout.contains("{proposal}") && !layout.contains("{beamline}")) {
                problem(layouts.get(i), "/dataLayout/" + i, "'" + layout + "' names neither {proposal} nor"
                        + " {beamline}, so it would accept the folders of every proposal");
            }
            if (layout.indexOf("{proposal}") != layout.lastIndexOf("{proposal}")
                    || layout.indexOf("{beamline}") != layout.lastIndexOf("{beamline}")) {
                problem(layouts.get(i), "/dataLayout/" + i, "'" + layout + "' names a placeholder twice");
            }
        }
    }

    /** Dataset messages carry the device's beamlineID; ingestion compares it with the instrument case-blind. */
    private void tango(String instrument, JsonNode properties) {
        String beamlineId = properties.get("beamlineID").asString();
        if (!beamlineId.equals(instrument.toLowerCase(Locale.ROOT))) {
            problem(properties.get("beamlineID"), "/tango/properties/beamlineID", "'" + beamlineId
                    + "' must be the instrument name in lower case ('" + instrument.toLowerCase(Locale.ROOT)
                    + "'): dataset messages carry it as their beamline");
        }
    }

    private void problem(JsonNode node, String field, String message) {
        problems.add(new ProfileProblem(lineOf.applyAsInt(node), field, message));
    }
}
