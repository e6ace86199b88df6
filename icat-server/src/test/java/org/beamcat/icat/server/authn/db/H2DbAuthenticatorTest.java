package org.beamcat.icat.server.authn.db;

import javax.sql.DataSource;
import org.beamcat.icat.server.testing.MigratedDatabases;

class H2DbAuthenticatorTest extends DbAuthenticatorContract {

    @Override
    protected DataSource migratedDatabase() {
        return MigratedDatabases.h2();
    }
}
