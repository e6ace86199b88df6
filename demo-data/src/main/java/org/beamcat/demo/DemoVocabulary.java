package org.beamcat.demo;

import java.util.List;

/**
 * The demo's reference data: ESRF's first tomography beamlines, and the part of the ESRF ICAT parameter
 * vocabulary (icat-esrf-definitions) that ingestion maps to NeXus master files.
 */
final class DemoVocabulary {

    static final String FACILITY = "ESRF";

    record Instrument(String name, String fullName, String type) {
    }

    record ParameterType(String name, String units, String valueType, String description) {
    }

    record Format(String name, String version, String description) {
    }

    static final List<Instrument> INSTRUMENTS = List.of(
            new Instrument("ID11", "ID11 Materials Science", "beamline"),
            new Instrument("ID15", "ID15 High Energy Diffraction and Imaging", "beamline"),
            new Instrument("ID16A", "ID16A Nano-Imaging", "beamline"),
            new Instrument("ID16B", "ID16B Nano-Analysis", "beamline"));

    static final List<String> INVESTIGATION_TYPES = List.of("experiment", "inhouse");

    static final List<String> DATASET_TYPES = List.of("raw", "processed");

    static final List<Format> FORMATS = List.of(
            new Format("nexus", "3", "NeXus HDF5 (master files and converted data)"),
            new Format("spec", "1", "SPEC scan file (text)"),
            new Format("raw", "1", "raw detector frames"));

    static final List<ParameterType> PARAMETER_TYPES = List.of(
            new ParameterType("Sample_name", "NA", "STRING", "sample/name"),
            new ParameterType("Sample_description", "NA", "STRING", "sample/description"),
            new ParameterType("scanType", "NA", "STRING", "dataset_type (step_by_step or continuous)"),
            new ParameterType("definition", "NA", "STRING", "technique(s)"),
            new ParameterType("InstrumentSource_mode", "NA", "STRING", "instrument/source/mode"),
            new ParameterType("InstrumentMonochromator_energy", "keV", "NUMERIC", "instrument/monochromator/energy"),
            new ParameterType("InstrumentDetector01_name", "NA", "STRING", "instrument/detector01/name"),
            new ParameterType("InstrumentPositioners_name", "NA", "STRING", "instrument/positioners/name"),
            new ParameterType("InstrumentPositioners_value", "NA", "STRING", "instrument/positioners/value"),
            new ParameterType("TOMO_exposureTime", "s", "NUMERIC", "TOMO/exposureTime"),
            new ParameterType("TOMO_energy", "keV", "NUMERIC", "TOMO/energy"),
            new ParameterType("TOMO_projN", "NA", "NUMERIC", "TOMO/n"),
            new ParameterType("TOMO_scanRange", "deg", "NUMERIC", "TOMO/scanRange"),
            new ParameterType("Notes_note_00", "NA", "STRING", "notes/note_00"));

    private DemoVocabulary() {
    }
}
