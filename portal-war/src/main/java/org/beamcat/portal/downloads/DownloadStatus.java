package org.beamcat.portal.downloads;

/**
 * A download with its state; while RESTORING, {@code percentOnline} says how much of it (by bytes, or by parts
 * when it has no bytes) is already on main storage; 100 when READY, 0 when EXPIRED or FAILED.
 */
public record DownloadStatus(Download download, DownloadState state, int percentOnline) {
}
