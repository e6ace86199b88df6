package org.beamcat.icat.server.search;

import org.beamcat.icat.server.persistence.TestDatabase;

/** INCLUDE statement counts on H2 2.2.224. */
class H2IncludeBatchingTest extends IncludeBatchingChecks {

    @Override
    protected TestDatabase createEmptyDatabase() {
        return TestDatabases.h2("include_batching");
    }
}
