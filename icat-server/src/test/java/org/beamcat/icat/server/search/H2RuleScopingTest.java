package org.beamcat.icat.server.search;

import org.beamcat.icat.server.persistence.TestDatabase;

/** Rule scoping on H2 2.2.224. */
class H2RuleScopingTest extends RuleScopingChecks {

    @Override
    protected TestDatabase createEmptyDatabase() {
        return TestDatabases.h2("rule_scoping");
    }
}
