package org.beamcat.icat.server.persistence;

import java.sql.SQLException;

/**
 * The schema contract on a real PostgreSQL. Runs under {@code -Pit}; drops and recreates its own database
 * {@value #DATABASE} (server settings: see {@link PostgresTestDatabase}).
 */
class PostgresCatalogueSchemaIT extends CatalogueSchemaContract {

    private static final String DATABASE = "beamcat_schema_it";

    @Override
    protected TestDatabase createEmptyDatabase() throws SQLException {
        return PostgresTestDatabase.recreate(DATABASE);
    }
}
