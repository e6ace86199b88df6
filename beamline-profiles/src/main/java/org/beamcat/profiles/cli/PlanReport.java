package org.beamcat.profiles.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.beamcat.profiles.plan.Change;
import org.beamcat.profiles.plan.ProfilePlan;
import org.beamcat.profiles.profile.BeamlineProfile;

/** How plans and outcomes read on the terminal. */
final class PlanReport {

    private PlanReport() {
    }

    static void changes(PrintStream out, String verb, List<Change> changes) {
        changes.forEach(change -> out.println("  " + verb + change.describe()));
    }

    static void notes(PrintStream out, ProfilePlan plan) {
        plan.kept().forEach(line -> out.println("  kept: " + line));
        plan.refused().forEach(line -> out.println("  refused: " + line));
    }

    /**
     * What the profile says about settings outside the catalogue, which this program does not change: the
     * server's folder layouts and legacy conversion, and the Tango device's properties.
     */
    static void settings(PrintStream out, BeamlineProfile profile) {
        String beamline = profile.instrument().name().toLowerCase(Locale.ROOT);
        out.println("Outside the catalogue (this program does not change these; docs/beamlines.md says how):");
        out.println("  beamcat.ingest.folder-layouts must hold: " + String.join(", ", profile.dataLayout()));
        out.println("  beamcat.ingest.convert-legacy: " + (profile.legacyConversion().isEmpty()
                ? "need not list " + beamline
                : "must list " + beamline + " (converts " + String.join(", ", profile.legacyConversion()) + ")"));
        BeamlineProfile.Tango tango = profile.tango();
        out.println("  Tango: " + tango.metaExperimentDevice() + " (MetaExperiment), " + tango.metadataManagerDevice()
                + " (MetadataManager" + (tango.server() == null ? "" : ", server " + tango.server()) + ")");
        Map<String, String> properties = new TreeMap<>(tango.properties());
        properties.put("metaExperimentDevice", tango.metaExperimentDevice());
        properties.forEach((name, value) -> out.println("    " + tango.metadataManagerDevice() + "->" + name + ": "
                + value));
    }
}
