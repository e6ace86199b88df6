package org.beamcat.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.beamcat.profiles.profile.BeamlineProfile;
import org.beamcat.profiles.profile.BeamlineProfile.Parameter;
import org.junit.jupiter.api.Test;

/**
 * The demo's catalogue content that the system tests and ingestion rely on (names, units, value types and the
 * NeXus paths in the descriptions) is what the profiles give, unchanged from when the demo defined it in Java.
 */
class DemoBeamlinesTest {

    private final DemoBeamlines beamlines = DemoBeamlines.load();

    @Test
    void theDemoInstrumentsKeepTheirNames() {
        assertEquals(Map.of("ID11", "ID11 Materials Science", "ID15", "ID15 High Energy Diffraction and Imaging",
                "ID16A", "ID16A Nano-Imaging", "ID16B", "ID16B Nano-Analysis"),
                Map.copyOf(beamlines.profiles().stream().collect(java.util.stream.Collectors.toMap(
                        p -> p.instrument().name(), p -> p.instrument().fullName()))));
        for (BeamlineProfile profile : beamlines.profiles()) {
            assertEquals(List.of("raw", "processed"), profile.datasetTypes(), "raw first: tests take the first type");
            assertEquals("nexus", profile.datafileFormats().get(0).name(), "nexus first: tests take the first format");
        }
    }

    @Test
    void theDemoParameterTypesKeepUnitsTypesAndPaths() {
        List<List<String>> expected = List.of(
                List.of("Sample_name", "NA", "STRING", "sample/name"),
                List.of("Sample_description", "NA", "STRING", "sample/description"),
                List.of("scanType", "NA", "STRING", "dataset_type (step_by_step or continuous)"),
                List.of("definition", "NA", "STRING", "technique(s)"),
                List.of("InstrumentSource_mode", "NA", "STRING", "instrument/source/mode"),
                List.of("InstrumentMonochromator_energy", "keV", "NUMERIC", "instrument/monochromator/energy"),
                List.of("InstrumentDetector01_name", "NA", "STRING", "instrument/detector01/name"),
                List.of("InstrumentPositioners_name", "NA", "STRING", "instrument/positioners/name"),
                List.of("InstrumentPositioners_value", "NA", "STRING", "instrument/positioners/value"),
                List.of("TOMO_exposureTime", "s", "NUMERIC", "TOMO/exposureTime"),
                List.of("TOMO_energy", "keV", "NUMERIC", "TOMO/energy"),
                List.of("TOMO_projN", "NA", "NUMERIC", "TOMO/n"),
                List.of("TOMO_scanRange", "deg", "NUMERIC", "TOMO/scanRange"),
                List.of("Notes_note_00", "NA", "STRING", "notes/note_00"));
        for (List<String> type : expected) {
            Parameter parameter = beamlines.parameter(type.get(0));
            assertEquals(type, List.of(parameter.name(), parameter.units(), parameter.valueType(),
                    parameter.catalogueDescription()));
        }
    }
}
