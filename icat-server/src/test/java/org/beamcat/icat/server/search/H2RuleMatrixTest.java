package org.beamcat.icat.server.search;

import org.beamcat.icat.server.persistence.TestDatabase;

/** The rule matrix on H2 2.2.224. */
class H2RuleMatrixTest extends RuleMatrixChecks {

    @Override
    protected TestDatabase createEmptyDatabase() {
        return TestDatabases.h2("rule_matrix");
    }
}
