package org.beamcat.icat.server.search;

import org.beamcat.icat.server.persistence.TestDatabase;

/** The rule matrix on PostgreSQL (under {@code -Pit}), in its own database. */
class PostgresRuleMatrixIT extends RuleMatrixChecks {

    @Override
    protected TestDatabase createEmptyDatabase() throws Exception {
        return TestDatabases.postgres("beamcat_search_it_matrix");
    }
}
