package org.beamcat.portal.catalogue;

import java.time.Instant;

/** A file of a dataset: name, size in bytes (null when unknown), format, and when it was last modified. */
public record DatafileRow(long id, String name, Long size, String format, Instant modified) {
}
