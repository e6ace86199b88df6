package org.beamcat.icat.server.write;

import org.beamcat.icat.server.persistence.CatalogueDatabase;

/** Under {@code -Pit}, on the test PostgreSQL, in a database of its own. */
class PostgresWriteBackstopIT extends WriteBackstopContract {

    @Override
    protected CatalogueDatabase openDatabase() throws Exception {
        return CatalogueDatabase.postgres("beamcat_json_it");
    }
}
