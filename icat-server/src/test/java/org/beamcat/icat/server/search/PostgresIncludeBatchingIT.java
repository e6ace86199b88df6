package org.beamcat.icat.server.search;

import org.beamcat.icat.server.persistence.TestDatabase;

/** INCLUDE statement counts on PostgreSQL (under {@code -Pit}), in its own database. */
class PostgresIncludeBatchingIT extends IncludeBatchingChecks {

    @Override
    protected TestDatabase createEmptyDatabase() throws Exception {
        return TestDatabases.postgres("beamcat_search_it_batching");
    }
}
