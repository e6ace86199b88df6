package org.beamcat.portal.catalogue;

/** Where a file is listed: its name and the dataset it belongs to. */
public record DatafilePlace(long id, String name, long datasetId) {
}
