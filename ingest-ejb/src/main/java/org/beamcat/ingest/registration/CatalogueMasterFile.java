package org.beamcat.ingest.registration;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.beamcat.icat.client.IcatException;
import org.beamcat.ingest.nexus.MasterFile;
import org.beamcat.ingest.registration.RegisteredDatasetCatalogue.DatasetRow;
import org.beamcat.ingest.registration.RegisteredDatasetCatalogue.InvestigationRef;
import org.beamcat.ingest.registration.RegisteredDatasetCatalogue.StoredParameter;

/**
 * The content of a registered dataset's master file as the catalogue holds it: the dataset, its
 * investigation, beamline(s), sample and every parameter (with its NeXus path from the vocabulary). Used
 * where the master file is written again after registration ({@code icatDataFiles},
 * {@code icatUpdateDatasetMetadata}).
 */
final class CatalogueMasterFile {

    private final RegisteredDatasetCatalogue catalogue;

    CatalogueMasterFile(RegisteredDatasetCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * @param dataset   the dataset's row
     * @param folder    the dataset folder
     * @param dataFiles the files to list, relative to the folder
     */
    MasterFile.Content content(DatasetRow dataset, Path folder, List<String> dataFiles) throws IcatException {
        InvestigationRef investigation = catalogue.investigationOf(dataset.id());
        List<String> beamlines = catalogue.instrumentNames(investigation.id());
        List<String> samples = catalogue.sampleNames(dataset.id());
        List<MasterFile.Value> values = new ArrayList<>();
        for (StoredParameter parameter : catalogue.parameters(dataset.id())) {
            ParameterTypeInfo type = parameter.type();
            values.add(new MasterFile.Value(type.name(), parameter.value(), type.units(),
                    type.nexusPath().orElse(null)));
        }
        // datasets registered by other means may lack dates: the record's creation stands in for them
        OffsetDateTime start = dataset.start() != null ? dataset.start() : dataset.created();
        OffsetDateTime end = dataset.end() != null ? dataset.end() : start;
        return new MasterFile.Content(dataset.name(), investigation.name(), String.join(" ", beamlines),
                samples.isEmpty() ? "" : samples.get(0), folder.toString(), start, end, values, dataFiles);
    }
}
