package org.beamcat.demo;

import java.util.List;
import org.beamcat.profiles.profile.BeamlineProfile;
import org.beamcat.profiles.profile.BeamlineProfile.Parameter;
import org.beamcat.profiles.profile.InvalidProfile;
import org.beamcat.profiles.profile.ProfileReader;
import org.beamcat.profiles.profile.ShippedProfiles;

/**
 * The demo's facility and its beamlines: ESRF's first tomography and diffraction beamlines, whose vocabulary
 * (instrument, dataset types, formats, parameter types with NeXus paths) comes from their shipped beamline
 * profiles, exactly as an operator applies them (docs/beamlines.md).
 */
final class DemoBeamlines {

    static final String FACILITY = "ESRF";

    static final List<String> BEAMLINES = List.of("ID11", "ID15", "ID16A", "ID16B");

    static final List<String> INVESTIGATION_TYPES = List.of("experiment", "inhouse");

    private final List<BeamlineProfile> profiles;

    private DemoBeamlines(List<BeamlineProfile> profiles) {
        this.profiles = profiles;
    }

    /**
     * @throws IllegalStateException a shipped profile is invalid (a build defect the profile tests catch)
     */
    static DemoBeamlines load() {
        try {
            return new DemoBeamlines(ShippedProfiles.readAll(new ProfileReader(), BEAMLINES));
        } catch (InvalidProfile e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    List<BeamlineProfile> profiles() {
        return profiles;
    }

    /** A parameter of the demo's vocabulary; the demo's datasets name only these. */
    Parameter parameter(String name) {
        return profiles.stream().flatMap(p -> p.parameter(name).stream()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo beamline profile names parameter " + name));
    }
}
