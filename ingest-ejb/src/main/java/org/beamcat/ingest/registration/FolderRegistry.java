package org.beamcat.ingest.registration;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.beamcat.icat.client.IcatException;

/**
 * What registration asks the catalogue about folders, files and names before it writes anything, each
 * question one catalogue call whatever the number of files. Implemented over the catalogue by
 * {@link CatalogueFolderRegistry}; tests use an in-memory fake.
 */
public interface FolderRegistry {

    /** A registered dataset as the ownership checks see it. */
    record RegisteredDataset(long id, String location, long investigationId, String investigationName) {
    }

    /**
     * Datasets of investigations other than {@code investigationId} whose location is one of
     * {@code locations}, or lies below {@code below} (a folder, without the trailing '/'); at most
     * {@code limit} of them.
     */
    List<RegisteredDataset> otherInvestigationsAt(long investigationId, Collection<String> locations,
            Collection<String> below, int limit) throws IcatException;

    /** The ids of the datasets that hold a datafile at one of the locations. */
    Set<Long> datasetsWithDatafileAt(Collection<String> locations) throws IcatException;

    /** Which of {@code names} the investigation's datasets at folders other than {@code location} carry. */
    Set<String> datasetNamesTakenElsewhere(long investigationId, Collection<String> names, String location)
            throws IcatException;
}
