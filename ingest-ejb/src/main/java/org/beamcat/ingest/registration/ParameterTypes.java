package org.beamcat.ingest.registration;

import java.util.List;
import java.util.Map;
import org.beamcat.icat.client.IcatException;

/** The dataset parameter types of a facility, by name (several when units differ), read page by page. */
final class ParameterTypes {

    private ParameterTypes() {
    }

    static Map<String, List<ParameterTypeInfo>> forDatasets(CatalogueSession catalogue, long facilityId)
            throws IcatException {
        return new IcatRegistrationCatalogue(catalogue).datasetParameterTypes(facilityId);
    }
}
