package org.beamcat.ingest.registration;

import java.util.Objects;

/**
 * The catalogue ports the work on registered datasets uses together (re-scan, metadata update, master-file
 * rewrite): its own {@link RegisteredDatasetCatalogue}, registration's {@link RegistrationCatalogue} (new
 * datafiles go through {@link DatafileRegistrar}) and the {@link FolderRegistry} the master-file guard asks.
 * {@link #over} builds the adapters on one service-account session; tests pass one in-memory catalogue three
 * times.
 */
public record CataloguePorts(RegisteredDatasetCatalogue datasets, RegistrationCatalogue registration,
        FolderRegistry folders) {

    public CataloguePorts {
        Objects.requireNonNull(datasets, "datasets");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(folders, "folders");
    }

    /** The adapters over icat-client, sharing the ingestion service account's session. */
    public static CataloguePorts over(CatalogueSession session) {
        return new CataloguePorts(new IcatRegisteredDatasetCatalogue(session), new IcatRegistrationCatalogue(session),
                new CatalogueFolderRegistry(session));
    }
}
