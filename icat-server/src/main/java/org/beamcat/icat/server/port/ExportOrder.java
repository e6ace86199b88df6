package org.beamcat.icat.server.port;

import java.util.List;

/** The order in which ICAT 4.7 writes the blocks of a dump: every row's relations are written before it. */
final class ExportOrder {

    static final List<String> ENTITIES = List.of("User", "Grouping", "UserGroup", "Rule", "PublicStep", "Facility",
            "DatafileFormat", "Application", "Instrument", "InvestigationType", "DatasetType", "ParameterType",
            "SampleType", "Investigation", "Sample", "Dataset", "Datafile", "FacilityCycle", "DataCollection",
            "DataCollectionDatafile", "DataCollectionDataset", "DataCollectionParameter", "DatafileParameter",
            "DatasetParameter", "InvestigationParameter", "Job", "Keyword", "PermissibleStringValue", "Publication",
            "RelatedDatafile", "SampleParameter", "Shift", "Study", "InvestigationUser", "InvestigationGroup",
            "StudyInvestigation", "InvestigationInstrument", "InstrumentScientist");

    private ExportOrder() {
    }
}
