package org.beamcat.profiles.profile;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One beamline's vocabulary and configuration, as read from a valid profile file
 * ({@code beamline-profile.schema.json} describes every field).
 */
public record BeamlineProfile(int profileVersion, Instrument instrument, List<Technique> techniques,
        List<String> datasetTypes, List<DatafileFormat> datafileFormats, List<String> legacyConversion,
        List<Parameter> parameters, List<String> dataLayout, Tango tango) {

    public BeamlineProfile {
        techniques = List.copyOf(techniques);
        datasetTypes = List.copyOf(datasetTypes);
        datafileFormats = List.copyOf(datafileFormats);
        legacyConversion = legacyConversion == null ? List.of() : List.copyOf(legacyConversion);
        parameters = List.copyOf(parameters);
        dataLayout = List.copyOf(dataLayout);
    }

    public record Instrument(String name, String fullName, String type, String facility, String url) {
    }

    /** An ESRF technique name (the {@code definition} parameter's word) with its PaNET term when it has one. */
    public record Technique(String name, String label, String panetId) {

        /** "small angle x-ray scattering (PaNET01188)", or the label alone. */
        public String display() {
            return panetId == null ? label : label + " (" + panetId + ")";
        }
    }

    public record DatafileFormat(String name, String version, String description) {
    }

    /**
     * A parameter type. The catalogue's description holds the NeXus path when there is one (ingestion reads it
     * there to place the value in the master file), the free description otherwise.
     */
    public record Parameter(String name, String units, String valueType, String nexusPath, String description,
            List<String> permissibleValues) {

        public Parameter {
            permissibleValues = permissibleValues == null ? List.of() : List.copyOf(permissibleValues);
        }

        public String catalogueDescription() {
            return nexusPath != null ? nexusPath : description;
        }
    }

    public record Tango(String server, String metaExperimentDevice, String metadataManagerDevice,
            Map<String, String> properties) {

        public Tango {
            properties = Map.copyOf(properties);
        }
    }

    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * The instrument's description in the catalogue: ICAT 4.7 has no Technique entity, so the techniques (with
     * their PaNET ids) are written there, where searches and people find them.
     */
    public String instrumentDescription() {
        StringBuilder text = new StringBuilder("Techniques: ");
        for (int i = 0; i < techniques.size(); i++) {
            text.append(i == 0 ? "" : "; ").append(techniques.get(i).name()).append(" = ")
                    .append(techniques.get(i).display());
        }
        return text.toString();
    }
}
