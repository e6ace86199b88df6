package org.beamcat.portal.downloads;

/** What "My downloads" shows for a download. */
public enum DownloadState {
    /** Waiting for data to come back from the archive. */
    RESTORING,
    /** Ready: the zip can be fetched. */
    READY,
    /** The IDS no longer knows the preparedId. */
    EXPIRED,
    /** The IDS could not bring the data online, or refused. */
    FAILED
}
