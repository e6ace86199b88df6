package org.beamcat.portal.preview;

/** Why a dataset the caller reads shows no preview; the page words its message from this. */
public enum Unavailable {
    /** The dataset has no folder, or no master file is registered in it (data not written by ingestion). */
    NO_MASTER_FILE,
    /** The dataset's or the master file's location lies outside the data root, or the file outside its folder. */
    OUTSIDE_DATA_ROOT,
    /** The master file is not in main storage because the dataset is archived (restore it first). */
    ARCHIVED,
    /** The dataset is being restored from the archive. */
    RESTORING,
    /** The master file is registered but not in storage, and the IDS does not say the dataset is archived. */
    MASTER_FILE_MISSING
}
