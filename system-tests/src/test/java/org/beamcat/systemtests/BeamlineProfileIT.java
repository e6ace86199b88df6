package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beamcat.icat.client.CatalogueAccount;
import org.beamcat.icat.client.EntityRef;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.profiles.cli.BeamlineProfileMain;
import org.beamcat.profiles.icat.IcatVocabularyCatalogue;
import org.beamcat.profiles.plan.ProfileApplication;
import org.beamcat.profiles.plan.ProfilePlanner;
import org.beamcat.profiles.profile.ProfileReader;
import org.beamcat.profiles.profile.ShippedProfiles;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Onboarding a beamline by profile against the deployed stack, as docs/beamlines.md tells an operator: the BM29
 * profile applied with the admin program (then a second time: nothing changes), then a changed copy (a new
 * parameter, a changed NeXus path, units and full name, one more permissible value, one parameter removed),
 * checked in the catalogue through the public API: what changed is updated, nothing is deleted.
 * The reference data the class added (instrument, types, formats) is removed at the end, so the classes sharing
 * the catalogue see the demo's vocabulary as before.
 */
@ExtendWith(ArquillianExtension.class)
class BeamlineProfileIT extends DeployedBeamCat {

    private static final IcatClient ICAT = DemoCatalogueFixture.ICAT;
    /** What a profile writes; PermissibleStringValue goes with its ParameterType. */
    private static final List<String> REFERENCE_DATA = List.of("Instrument", "ParameterType", "DatasetType",
            "DatafileFormat");
    private static final Map<String, Set<Long>> BEFORE = new HashMap<>();

    @BeforeAll
    static void rememberTheReferenceData() throws Exception {
        DemoCatalogueFixture.ensureLoaded();
        String root = DemoCatalogueFixture.login("root");
        for (String entity : REFERENCE_DATA) {
            BEFORE.put(entity, ids(root, entity));
        }
    }

    @AfterAll
    static void removeWhatTheProfilesAdded() throws Exception {
        String root = DemoCatalogueFixture.login("root");
        List<EntityRef> added = new ArrayList<>();
        for (String entity : REFERENCE_DATA) {
            for (long id : ids(root, entity)) {
                if (!BEFORE.getOrDefault(entity, Set.of()).contains(id)) {
                    added.add(new EntityRef(entity, id));
                }
            }
        }
        if (!added.isEmpty()) {
            ICAT.delete(root, added);
        }
    }

    private static Set<Long> ids(String session, String entity) throws Exception {
        Set<Long> ids = new HashSet<>();
        for (JsonValue id : ICAT.search(session, "SELECT x.id FROM " + entity + " x")) {
            ids.add(((JsonNumber) id).longValue());
        }
        return ids;
    }

    private static int cli(StringBuilder output, String... args) {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            String[] all = new String[args.length + 4];
            System.arraycopy(args, 0, all, 0, args.length);
            System.arraycopy(new String[] {"--icat-url", Http.BASE.toString(), "--password", "root"}, 0, all,
                    args.length, 4);
            return BeamlineProfileMain.run(all);
        } finally {
            System.setOut(out);
            output.setLength(0);
            output.append(captured.toString(StandardCharsets.UTF_8));
            out.print(output);
        }
    }

    private static JsonArray search(String session, String query) throws Exception {
        return ICAT.search(session, query);
    }

    @Test
    void bm29IsOnboardedByItsProfileIdempotentlyAndAChangedProfileUpdatesOnlyWhatChanged() throws Exception {
        DemoCatalogueFixture.ensureLoaded();
        String root = DemoCatalogueFixture.login("root");
        StringBuilder output = new StringBuilder();

        assertEquals(0, cli(output, "apply", "--shipped", "BM29"), output.toString());
        assertEquals("BM29 BioSAXS", search(root, "SELECT i.fullName FROM Instrument i WHERE i.name = 'BM29'")
                .getString(0));
        JsonObject concentrationType = search(root, "SELECT t FROM ParameterType t WHERE t.name = 'SAXS_concentration'")
                .getJsonObject(0).getJsonObject("ParameterType");
        assertEquals("mg/ml NUMERIC sample/concentration", concentrationType.getString("units") + " "
                + concentrationType.getString("valueType") + " " + concentrationType.getString("description"));
        assertEquals(3, search(root, "SELECT COUNT(v) FROM PermissibleStringValue v WHERE v.type.name ="
                + " 'SAXS_viscosity'").getJsonNumber(0).intValue());

        assertEquals(0, cli(output, "apply", "--shipped", "BM29"), output.toString());
        assertTrue(output.toString().contains("up to date: nothing changed"), output.toString());
        CatalogueAccount account = CatalogueAccount.of(IcatClient.create(Http.BASE, Duration.ofSeconds(60)),
                "simple", "root", "root");
        ProfileReader reader = new ProfileReader();
        assertTrue(new ProfilePlanner(new IcatVocabularyCatalogue(account))
                .plan(ShippedProfiles.read(reader, "BM29")).upToDate(), "the plan after an apply is empty");

        long concentration = search(root, "SELECT t.id FROM ParameterType t WHERE t.name = 'SAXS_concentration'")
                .getJsonNumber(0).longValue();
        String changed = ShippedProfiles.text("BM29")
                .replace("fullName: \"BM29 BioSAXS\"", "fullName: \"BM29 BioSAXS (EMBL/ESRF)\"")
                .replace("nexusPath: SAXS/buffer", "nexusPath: sample/buffer")
                .replace("units: \"1/nm\"\n    valueType: NUMERIC\n    nexusPath: SAXS/qMin",
                        "units: \"1/A\"\n    valueType: NUMERIC\n    nexusPath: SAXS/qMin")
                .replace("permissibleValues: [\"low\", \"medium\", \"high\"]",
                        "permissibleValues: [\"low\", \"medium\", \"high\", \"very high\"]")
                .replace("  - name: SAXS_storageTemperature\n    units: \"degC\"\n    valueType: NUMERIC\n"
                        + "    nexusPath: SAXS/storageTemperature\n", "  - name: SAXS_flowRate\n    units: \"ml/min\"\n"
                        + "    valueType: NUMERIC\n    nexusPath: SAXS/flowRate\n");
        Path file = Files.createTempFile("bm29-changed", ".yaml");
        Files.writeString(file, changed);

        assertEquals(0, cli(output, "plan", file.toString()), output.toString());
        assertTrue(output.toString().contains("5 changes") && output.toString().contains("dry run"), output.toString());
        assertEquals("BM29 BioSAXS", search(root, "SELECT i.fullName FROM Instrument i WHERE i.name = 'BM29'")
                .getString(0), "a dry run writes nothing");

        assertEquals(0, cli(output, "apply", file.toString()), output.toString());
        assertTrue(output.toString().contains("5 changes applied"), output.toString());
        assertEquals("BM29 BioSAXS (EMBL/ESRF)", search(root, "SELECT i.fullName FROM Instrument i WHERE i.name ="
                + " 'BM29'").getString(0));
        assertEquals("sample/buffer", search(root, "SELECT t.description FROM ParameterType t WHERE t.name ="
                + " 'SAXS_buffer'").getString(0));
        assertEquals("1/A", search(root, "SELECT t.units FROM ParameterType t WHERE t.name = 'SAXS_qMin'")
                .getString(0), "an unused type follows the profile's units");
        assertEquals(4, search(root, "SELECT COUNT(v) FROM PermissibleStringValue v WHERE v.type.name ="
                + " 'SAXS_viscosity'").getJsonNumber(0).intValue());
        assertEquals("SAXS/flowRate", search(root, "SELECT t.description FROM ParameterType t WHERE t.name ="
                + " 'SAXS_flowRate'").getString(0));
        assertEquals(1, search(root, "SELECT COUNT(t) FROM ParameterType t WHERE t.name = 'SAXS_storageTemperature'")
                .getJsonNumber(0).intValue(), "a parameter the profile dropped is kept");
        assertEquals(concentration, search(root, "SELECT t.id FROM ParameterType t WHERE t.name ="
                + " 'SAXS_concentration'").getJsonNumber(0).longValue(), "what did not change is left alone");

        assertEquals(0, cli(output, "apply", file.toString()), output.toString());
        assertTrue(output.toString().contains("up to date: nothing changed"), output.toString());
        assertTrue(new ProfileApplication(new IcatVocabularyCatalogue(account))
                .apply(reader.read("bm29-changed.yaml", changed)).done().isEmpty());
    }
}
