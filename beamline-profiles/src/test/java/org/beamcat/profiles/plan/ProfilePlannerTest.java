package org.beamcat.profiles.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.beamcat.profiles.profile.BeamlineProfile;
import org.beamcat.profiles.profile.ProfileReader;
import org.beamcat.profiles.profile.ShippedProfiles;
import org.junit.jupiter.api.Test;

/** Planning and applying against the in-memory catalogue: create, no-op, update, removed vocabulary, refusals. */
class ProfilePlannerTest {

    private final ProfileReader reader = new ProfileReader();
    private final InMemoryVocabularyCatalogue catalogue = new InMemoryVocabularyCatalogue("ESRF");
    private final ProfileApplication application = new ProfileApplication(catalogue);
    private final ProfilePlanner planner = new ProfilePlanner(catalogue);

    private BeamlineProfile bm29(String from, String to) throws Exception {
        String text = ShippedProfiles.text("BM29");
        assertTrue(text.contains(from), from);
        return reader.read("bm29.yaml", text.replace(from, to));
    }

    @Test
    void aNewBeamlineIsCreatedWholeAndASecondApplyChangesNothing() throws Exception {
        BeamlineProfile profile = ShippedProfiles.read(reader, "BM29");
        ProfileApplication.Outcome first = application.apply(profile);
        int parameters = profile.parameters().size();
        assertEquals(1 + 2 + 3 + parameters, first.done().size(), first.done().toString());
        assertTrue(first.after().upToDate(), first.after().changes().toString());
        assertEquals("BM29 BioSAXS", catalogue.instruments.get("BM29").fullName());
        assertEquals("sample/concentration", catalogue.type("SAXS_concentration").description());
        assertEquals(List.of("low", "medium", "high"), catalogue.type("SAXS_viscosity").permissibleValues());

        int writes = catalogue.writes;
        ProfileApplication.Outcome second = application.apply(profile);
        assertEquals(List.of(), second.done());
        assertEquals(writes, catalogue.writes, "a second apply writes nothing");
        assertTrue(second.applied().kept().isEmpty() && second.applied().refused().isEmpty());
    }

    @Test
    void aChangedProfileUpdatesOnlyWhatChanged() throws Exception {
        application.apply(ShippedProfiles.read(reader, "BM29"));
        long concentration = catalogue.type("SAXS_concentration").id();
        BeamlineProfile changed = reader.read("bm29.yaml", ShippedProfiles.text("BM29")
                .replace("fullName: \"BM29 BioSAXS\"", "fullName: \"BM29 BioSAXS beamline\"")
                .replace("nexusPath: SAXS/buffer", "nexusPath: sample/buffer")
                .replace("permissibleValues: [\"low\", \"medium\", \"high\"]",
                        "permissibleValues: [\"low\", \"medium\", \"high\", \"very high\"]")
                .replace("  - name: SAXS_storageTemperature", "  - name: SAXS_flowRate\n    units: \"ml/min\"\n"
                        + "    valueType: NUMERIC\n    nexusPath: SAXS/flowRate\n  - name: SAXS_storageTemperature"));
        ProfilePlan plan = planner.plan(changed);
        List<String> lines = plan.changes().stream().map(Change::describe).toList();
        assertEquals(List.of("update instrument BM29: fullName 'BM29 BioSAXS' -> 'BM29 BioSAXS beamline'",
                "update parameter type SAXS_buffer: description 'SAXS/buffer' -> 'sample/buffer'",
                "add permissible value 'very high' to SAXS_viscosity",
                "create parameter type SAXS_flowRate [ml/min, NUMERIC] at SAXS/flowRate"), lines);
        application.apply(changed);
        assertEquals(concentration, catalogue.type("SAXS_concentration").id(), "unchanged types stay as they are");
        assertTrue(planner.plan(changed).upToDate());
    }

    @Test
    void removedVocabularyIsReportedAndKept() throws Exception {
        application.apply(ShippedProfiles.read(reader, "BM29"));
        catalogue.useOnInstrument("SAXS_buffer", "BM29", 12);
        catalogue.useOnInstrument("SAXS_qMax", "ID02", 3);
        BeamlineProfile without = reader.read("bm29.yaml", ShippedProfiles.text("BM29")
                .replace("  - name: SAXS_buffer\n    units: \"NA\"\n    valueType: STRING\n    nexusPath: SAXS/buffer\n", "")
                .replace("permissibleValues: [\"low\", \"medium\", \"high\"]", "permissibleValues: [\"low\", \"high\"]"));
        ProfilePlan plan = planner.plan(without);
        assertTrue(plan.upToDate(), plan.changes().toString());
        assertEquals(List.of("permissible value 'medium' of SAXS_viscosity: not in the profile; kept (values may use it)",
                "parameter type SAXS_buffer: not in the profile, but 12 values on BM29 datasets use it; kept"
                        + " (vocabulary is never deleted)"), plan.kept());
        int writes = catalogue.writes;
        application.apply(without);
        assertEquals(writes, catalogue.writes);
        assertTrue(catalogue.parameterTypes.values().stream().anyMatch(t -> t.name().equals("SAXS_buffer")));
    }

    @Test
    void unitsOfATypeInUseAreNotChangedButOtherFieldsAre() throws Exception {
        application.apply(ShippedProfiles.read(reader, "BM29"));
        catalogue.useOnInstrument("SAXS_concentration", "BM29", 5);
        BeamlineProfile changed = bm29("units: \"mg/ml\"\n    valueType: NUMERIC\n    nexusPath: sample/concentration",
                "units: \"g/l\"\n    valueType: NUMERIC\n    nexusPath: SAXS/concentration");
        ProfilePlan plan = planner.plan(changed);
        assertEquals(List.of("update parameter type SAXS_concentration: description 'sample/concentration' ->"
                + " 'SAXS/concentration'"), plan.changes().stream().map(Change::describe).toList());
        assertEquals(1, plan.refused().size());
        assertTrue(plan.refused().get(0).contains("mg/ml/NUMERIC -> g/l/NUMERIC refused: 5 values"), plan.refused().get(0));
        application.apply(changed);
        assertEquals("mg/ml", catalogue.type("SAXS_concentration").units());

        catalogue.values.clear();
        application.apply(changed);
        assertEquals("g/l", catalogue.type("SAXS_concentration").units(), "unused, the units follow the profile");
    }

    @Test
    void sharedVocabularyIsCreatedOnceForSeveralBeamlines() throws Exception {
        application.apply(ShippedProfiles.read(reader, "ID30A-1"));
        int types = catalogue.parameterTypes.size();
        ProfileApplication.Outcome second = application.apply(ShippedProfiles.read(reader, "ID30B"));
        assertEquals(List.of("create instrument ID30B (ID30B MX tunable)"),
                second.done().stream().map(Change::describe).toList());
        assertEquals(types, catalogue.parameterTypes.size());
    }

    @Test
    void anUnknownFacilityIsRefusedWithoutWriting() throws Exception {
        ProfileApplication.Outcome outcome = new ProfileApplication(new InMemoryVocabularyCatalogue("ILL"))
                .apply(ShippedProfiles.read(reader, "BM29"));
        assertEquals(List.of(), outcome.done());
        assertTrue(outcome.applied().refused().get(0).startsWith("facility ESRF is not in the catalogue"));
    }
}
