package org.beamcat.landing.records;

/** One dataset behind a DOI as its landing page lists it: the catalogue's aggregates, not its files. */
public record DatasetRow(long id, String name, long fileCount, long fileSize) {
}
