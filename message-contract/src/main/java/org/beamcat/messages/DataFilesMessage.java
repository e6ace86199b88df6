package org.beamcat.messages;

/**
 * "Scan this registered dataset's folder again and register the files that are missing": the JSON
 * message of the {@link QueueNames#DATA_FILES icatDataFiles} queue.
 *
 * @param datasetId the catalogue id of the dataset, positive
 */
public record DataFilesMessage(long datasetId) {

    static final String ROOT = "dataFiles";

    public DataFilesMessage {
        if (datasetId <= 0) {
            throw new InvalidMessageException(ROOT + "/datasetId", "must be a positive integer, got " + datasetId);
        }
    }
}
