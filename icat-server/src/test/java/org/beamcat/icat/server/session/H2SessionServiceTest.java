package org.beamcat.icat.server.session;

import javax.sql.DataSource;
import org.beamcat.icat.server.testing.MigratedDatabases;

/** The session contract on H2 2.2.224 (Payara's embedded database). */
class H2SessionServiceTest extends SessionServiceContract {

    @Override
    protected DataSource migratedDatabase() {
        return MigratedDatabases.h2();
    }
}
