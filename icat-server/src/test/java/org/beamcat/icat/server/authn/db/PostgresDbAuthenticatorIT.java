package org.beamcat.icat.server.authn.db;

import javax.sql.DataSource;
import org.beamcat.icat.server.testing.MigratedDatabases;

/** Runs under {@code -Pit} (test.sh), one database per test domain. */
class PostgresDbAuthenticatorIT extends DbAuthenticatorContract {

    @Override
    protected DataSource migratedDatabase() throws Exception {
        return MigratedDatabases.postgres("beamcat_db_authn_it_" + System.getProperty("it.http.port", "0"));
    }
}
