package org.beamcat.icat.server.search;

import org.beamcat.icat.server.persistence.TestDatabase;

/** Database refusals and the query timeout on PostgreSQL (under {@code -Pit}), in its own database. */
class PostgresSearchRefusalsIT extends SearchRefusalsChecks {

    @Override
    protected TestDatabase createEmptyDatabase() throws Exception {
        return TestDatabases.postgres("beamcat_search_it_refusals");
    }
}
