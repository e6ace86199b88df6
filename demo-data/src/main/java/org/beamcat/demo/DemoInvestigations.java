package org.beamcat.demo;

import java.util.List;
import java.util.Map;

/** The two demo experiments: who ran them, on which beamline, and what they recorded. */
final class DemoInvestigations {

    record Dataset(String name, String sample, String type, Map<String, String> parameters, int scanPoints,
            int frames) {
    }

    record Investigation(String name, String visitId, String title, String summary, String instrument,
            String principalInvestigator, String start, String end, List<String> samples, List<Dataset> datasets) {

        String folder(Dataset dataset) {
            return instrument.toLowerCase() + "/" + name + "/" + dataset.sample() + "/" + dataset.name();
        }
    }

    static final List<Investigation> ALL = List.of(
            new Investigation("MA-4321", "id11-20260312",
                    "In situ loading of additively manufactured Ti-6Al-4V",
                    "3D X-ray diffraction of printed titanium alloy under tensile load, as built and annealed.",
                    "ID11", "alice", "2026-03-12T08:00:00.000Z", "2026-03-15T08:00:00.000Z",
                    List.of("Ti64_as_built", "Ti64_annealed"),
                    List.of(new Dataset("Ti64_as_built_0001", "Ti64_as_built", "raw", Map.of(
                                    "Sample_name", "Ti64_as_built", "scanType", "step_by_step", "definition", "XRD",
                                    "InstrumentMonochromator_energy", "43.35", "InstrumentSource_mode", "7/8+1"),
                                    200, 4),
                            new Dataset("Ti64_annealed_0001", "Ti64_annealed", "raw", Map.of(
                                    "Sample_name", "Ti64_annealed", "scanType", "step_by_step", "definition", "XRD",
                                    "InstrumentMonochromator_energy", "43.35"), 200, 4),
                            new Dataset("Ti64_as_built_0001_integrated", "Ti64_as_built", "processed", Map.of(
                                    "Sample_name", "Ti64_as_built", "definition", "XRD",
                                    "Notes_note_00", "azimuthal integration of Ti64_as_built_0001"), 500, 0))),
            new Investigation("ES-1234", "id16a-20260505",
                    "Nano-holotomography of hydrated cement pastes",
                    "Phase-contrast nano-tomography of cement after 7 days of hydration.",
                    "ID16A", "bob", "2026-05-05T07:00:00.000Z", "2026-05-07T07:00:00.000Z",
                    List.of("cement_7d"),
                    List.of(new Dataset("cement_7d_holo_0001", "cement_7d", "raw", Map.of(
                            "Sample_name", "cement_7d", "scanType", "continuous", "definition", "TOMO HOLO",
                            "TOMO_energy", "17.05", "TOMO_exposureTime", "0.2", "TOMO_projN", "1800",
                            "TOMO_scanRange", "360"), 0, 6))));

    private DemoInvestigations() {
    }
}
