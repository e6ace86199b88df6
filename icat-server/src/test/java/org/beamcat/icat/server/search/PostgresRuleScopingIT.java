package org.beamcat.icat.server.search;

import org.beamcat.icat.server.persistence.TestDatabase;

/** Rule scoping on PostgreSQL (under {@code -Pit}), in its own database. */
class PostgresRuleScopingIT extends RuleScopingChecks {

    @Override
    protected TestDatabase createEmptyDatabase() throws Exception {
        return TestDatabases.postgres("beamcat_search_it_scoping");
    }
}
