package org.beamcat.portal.preview;

import java.util.Optional;
import org.beamcat.portal.catalogue.Caller;
import org.beamcat.portal.catalogue.CatalogueException;

/**
 * The catalogue as the preview needs it (port), always with the caller's own session, so the catalogue's rules
 * decide whose master file may be read. One adapter over icat-client ({@code IcatMasterFileCatalogue}), a fake in
 * the unit tests.
 */
public interface MasterFileCatalogue {

    /**
     * The dataset's folder as the catalogue records it ({@code Dataset.location}, relative to the data root).
     * Empty when the dataset does not exist or the caller may not read it (the same answer: nothing leaks);
     * a present but empty string when the dataset has no location.
     */
    Optional<String> datasetLocation(Caller caller, long datasetId) throws CatalogueException;

    /** The location of the dataset's datafile of this name, if registered and readable by the caller. */
    Optional<String> datafileLocation(Caller caller, long datasetId, String name) throws CatalogueException;
}
