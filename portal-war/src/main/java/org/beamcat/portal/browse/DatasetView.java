package org.beamcat.portal.browse;

import org.beamcat.portal.catalogue.DatasetRow;
import org.beamcat.portal.storage.StorageState;

/** A dataset of a list with where its files are (ONLINE, ARCHIVED, RESTORING). */
public record DatasetView(DatasetRow dataset, StorageState state) {
}
