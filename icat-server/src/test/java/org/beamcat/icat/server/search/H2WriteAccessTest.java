package org.beamcat.icat.server.search;

import org.beamcat.icat.server.persistence.TestDatabase;

/** Write authorization on H2 2.2.224. */
class H2WriteAccessTest extends WriteAccessChecks {

    @Override
    protected TestDatabase createEmptyDatabase() {
        return TestDatabases.h2("write_access");
    }
}
