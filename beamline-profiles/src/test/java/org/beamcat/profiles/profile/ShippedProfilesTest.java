package org.beamcat.profiles.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.beamcat.profiles.profile.BeamlineProfile.Parameter;
import org.junit.jupiter.api.Test;

/** Every shipped profile is valid, and the profiles agree where they share facility-wide vocabulary. */
class ShippedProfilesTest {

    private final ProfileReader reader = new ProfileReader();

    @Test
    void everyShippedProfileValidatesAndNamesItsBeamline() throws InvalidProfile {
        assertEquals(12, ShippedProfiles.NAMES.size());
        for (String beamline : ShippedProfiles.NAMES) {
            BeamlineProfile profile = ShippedProfiles.read(reader, beamline);
            assertEquals(beamline, profile.instrument().name());
            assertTrue(profile.parameters().size() >= 14, beamline + " has a vocabulary for its technique");
        }
    }

    /**
     * Parameter types and formats belong to the facility: two profiles naming the same one must say the same
     * about it, or applying one after the other would flip it back and forth. A NeXus path holds one parameter.
     */
    @Test
    void sharedVocabularyIsTheSameInEveryProfile() throws InvalidProfile {
        Map<String, Parameter> byName = new HashMap<>();
        Map<String, String> nameByPath = new HashMap<>();
        Map<String, String> formats = new HashMap<>();
        for (BeamlineProfile profile : ShippedProfiles.readAll(reader, ShippedProfiles.NAMES)) {
            for (Parameter parameter : profile.parameters()) {
                Parameter first = byName.putIfAbsent(parameter.name(), parameter);
                if (first != null) {
                    assertEquals(first, parameter, parameter.name() + " differs in " + profile.instrument().name());
                }
                if (parameter.nexusPath() != null) {
                    String owner = nameByPath.putIfAbsent(parameter.nexusPath(), parameter.name());
                    assertEquals(owner == null ? parameter.name() : owner, parameter.name(),
                            parameter.nexusPath() + " holds two parameters");
                }
            }
            profile.datafileFormats().forEach(f -> {
                String first = formats.putIfAbsent(f.name() + " " + f.version(), f.description());
                assertEquals(first == null ? f.description() : first, f.description(), f.name());
            });
        }
    }

    @Test
    void profilesOfEachTechniqueCarryItsVocabulary() throws InvalidProfile {
        for (String mx : List.of("ID30A-1", "ID30A-3", "ID30B", "ID23-2", "ID29")) {
            BeamlineProfile profile = ShippedProfiles.read(reader, mx);
            for (String name : List.of("MX_wavelength", "InstrumentDetector01_distance", "MX_oscillationRange",
                    "MX_exposureTime", "MX_flux", "MX_transmission", "MX_beamSizeHorizontal")) {
                assertTrue(profile.parameter(name).isPresent(), mx + " lacks " + name);
            }
            assertEquals("instrument/beam/incident_wavelength", profile.parameter("MX_wavelength").get().nexusPath());
        }
        BeamlineProfile bm29 = ShippedProfiles.read(reader, "BM29");
        assertEquals("sample/concentration", bm29.parameter("SAXS_concentration").get().nexusPath());
        assertEquals("PaNET01188", bm29.techniques().get(0).panetId());
        for (String tomo : List.of("ID11", "ID15", "ID16A", "ID16B")) {
            BeamlineProfile profile = ShippedProfiles.read(reader, tomo);
            for (String name : List.of("TOMO_energy", "InstrumentDetector01_x_pixel_size", "TOMO_projN",
                    "InstrumentDetector01_distance", "TOMO_scanRange")) {
                assertTrue(profile.parameter(name).isPresent(), tomo + " lacks " + name);
            }
        }
    }
}
