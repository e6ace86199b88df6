package org.beamcat.icat.server.session;

import javax.sql.DataSource;
import org.beamcat.icat.server.testing.MigratedDatabases;

/** The session contract on PostgreSQL; runs under {@code -Pit} (test.sh), one database per test domain. */
class PostgresSessionServiceIT extends SessionServiceContract {

    @Override
    protected DataSource migratedDatabase() throws Exception {
        return MigratedDatabases.postgres("beamcat_sessions_it_" + System.getProperty("it.http.port", "0"));
    }
}
