package org.beamcat.icat.server.search;

import org.beamcat.icat.server.persistence.TestDatabase;

/** Database refusals and the query timeout on H2 2.2.224. */
class H2SearchRefusalsTest extends SearchRefusalsChecks {

    @Override
    protected TestDatabase createEmptyDatabase() {
        return TestDatabases.h2("search_refusals");
    }
}
