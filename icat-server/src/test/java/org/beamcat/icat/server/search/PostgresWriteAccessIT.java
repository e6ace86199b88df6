package org.beamcat.icat.server.search;

import org.beamcat.icat.server.persistence.TestDatabase;

/** Write authorization on PostgreSQL (under {@code -Pit}), in its own database. */
class PostgresWriteAccessIT extends WriteAccessChecks {

    @Override
    protected TestDatabase createEmptyDatabase() throws Exception {
        return TestDatabases.postgres("beamcat_search_it_writes");
    }
}
