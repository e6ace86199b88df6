package org.beamcat.messages;

/**
 * Queue names of the ingestion contract. They are the ESRF names, kept unchanged so that existing
 * producers (BLISS, pyicat-plus, MXCuBE over STOMP as {@code /queue/<name>}) work against BeamCat.
 */
public final class QueueNames {

    /** XML {@link DatasetMessage dataset} and {@link InvestigationMessage investigation} messages. */
    public static final String INGEST = "icatIngest";

    /** JSON {@link UpdateDatasetMetadataMessage}: add or change one parameter on existing datasets. */
    public static final String UPDATE_DATASET_METADATA = "icatUpdateDatasetMetadata";

    /** JSON {@link DataFilesMessage}: re-scan a registered dataset's folder and add missing files. */
    public static final String DATA_FILES = "icatDataFiles";

    private QueueNames() {
    }
}
