package org.beamcat.ingest.registration;

/**
 * What one registration did.
 *
 * @param datasetId      the catalogue id of the dataset
 * @param datasetCreated false when the dataset was already registered (a redelivered or repeated message)
 * @param filesAdded     datafiles created by this registration (the master file included)
 * @param filesPresent   datafiles that were already registered and were left alone
 */
public record RegistrationResult(long datasetId, boolean datasetCreated, int filesAdded, int filesPresent) {
}
