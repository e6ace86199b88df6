package org.beamcat.profiles.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Problems name their line and field; each rule beyond the schema is checked. */
class ProfileReaderTest {

    private final ProfileReader reader = new ProfileReader();
    private final String bm29 = ShippedProfiles.text("BM29");

    private List<ProfileProblem> problems(String text) {
        return assertThrows(InvalidProfile.class, () -> reader.read("test.yaml", text)).problems();
    }

    private static int lineOf(String text, String fragment) {
        String before = text.substring(0, text.indexOf(fragment));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void aWrongValueTypeNamesItsLineAndField() {
        String text = bm29.replace("units: \"mg/ml\"\n    valueType: NUMERIC", "units: \"mg/ml\"\n    valueType: FLOAT");
        List<ProfileProblem> problems = problems(text);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(lineOf(text, "FLOAT"), problems.get(0).line());
        assertTrue(problems.get(0).field().contains("/parameters/12/valueType"), problems.get(0).field());
    }

    @Test
    void aMissingRequiredFieldNamesTheObjectItIsMissingFrom() {
        String text = bm29.replace("  fullName: \"BM29 BioSAXS\"\n", "");
        List<ProfileProblem> problems = problems(text);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("fullName"), problems.get(0).message());
        assertEquals(lineOf(text, "  name: BM29"), problems.get(0).line());
    }

    @Test
    void anUnknownFieldIsRefusedWhereItStands() {
        String text = bm29.replace("    nexusPath: SAXS/buffer", "    nexusPath: SAXS/buffer\n    unit: mM");
        ProfileProblem problem = problems(text).get(0);
        assertTrue(problem.message().contains("unit"), problem.message());
        assertEquals(lineOf(text, "  - name: SAXS_buffer"), problem.line());
    }

    @Test
    void brokenYamlNamesTheLine() {
        String text = bm29.replace("datasetTypes: [raw, processed]", "datasetTypes: [raw, processed");
        ProfileProblem problem = problems(text).get(0);
        assertTrue(problem.line() >= lineOf(text, "datasetTypes"), problem.toString());
        assertTrue(problem.message().startsWith("not readable YAML"), problem.message());
    }

    @Test
    void aKeyTwiceIsRefused() {
        ProfileProblem problem = problems(bm29.replace("  type: beamline\n", "  type: beamline\n  type: beamline\n"))
                .get(0);
        assertTrue(problem.message().contains("type"), problem.message());
    }

    @Test
    void aParameterNamedTwiceIsRefusedAtItsSecondName() {
        String text = bm29.replace("  - name: SAXS_qMax", "  - name: SAXS_qMin");
        ProfileProblem problem = problems(text).get(0);
        assertEquals("/parameters/19/name", problem.field());
        assertEquals(lineOf(text, "  - name: SAXS_qMin\n    units: \"1/nm\"\n    valueType: NUMERIC\n    nexusPath: SAXS/qMax"),
                problem.line());
    }

    @Test
    void rulesBeyondTheSchemaAreChecked() {
        assertTrue(problems(bm29.replace("legacyConversion: [edf]", "legacyConversion: [edf, spec]")).get(0)
                .message().contains("spec is converted but not one of datafileFormats"));
        assertTrue(problems(bm29.replace("\"{beamline}/inhouse/**\"", "\"inhouse/**\"")).get(0).message()
                .contains("names neither {proposal} nor {beamline}"));
        assertTrue(problems(bm29.replace("beamlineID: bm29", "beamlineID: id29")).get(0).message()
                .contains("lower case"));
        assertTrue(problems(bm29.replace("    nexusPath: SAXS/buffer\n", "")).get(0).message()
                .contains("needs a nexusPath"));
        assertTrue(problems(bm29.replace("valueType: NUMERIC\n    nexusPath: SAXS/qMax",
                "valueType: NUMERIC\n    nexusPath: SAXS/qMax\n    permissibleValues: [\"1\"]")).get(0).message()
                .contains("permissible values are for STRING parameters"));
    }

    @Test
    void theSchemaKeepsNexusPathsAndDeviceNamesInShape() {
        assertEquals("/parameters/12/nexusPath", problems(bm29.replace("nexusPath: sample/concentration",
                "nexusPath: /entry/sample/concentration")).get(0).field());
        assertEquals("/tango/metadataManagerDevice", problems(bm29.replace("bm29/metadata/ingest",
                "bm29-metadata")).get(0).field());
    }

    @Test
    void emptyAndHugeTextsAreRefused() {
        assertEquals("the file is empty", problems("").get(0).message());
        assertTrue(problems("#" + "x".repeat(ProfileReader.MAX_CHARS)).get(0).message().contains("larger than"));
    }

    @Test
    void aValidProfileReadsIntoTheRecord() throws InvalidProfile {
        BeamlineProfile profile = reader.read("bm29.yaml", bm29);
        assertEquals("BM29 BioSAXS", profile.instrument().fullName());
        assertEquals(List.of("edf"), profile.legacyConversion());
        assertEquals(List.of("sample", "buffer"), profile.parameter("SAXS_sampleType").get().permissibleValues());
        assertEquals("bm29", profile.tango().properties().get("beamlineID"));
        assertEquals("Techniques: SAXS = small angle x-ray scattering (PaNET01188)", profile.instrumentDescription());
    }
}
