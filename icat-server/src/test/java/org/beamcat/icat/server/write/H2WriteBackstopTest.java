package org.beamcat.icat.server.write;

import org.beamcat.icat.server.persistence.CatalogueDatabase;

class H2WriteBackstopTest extends WriteBackstopContract {

    @Override
    protected CatalogueDatabase openDatabase() {
        return CatalogueDatabase.h2();
    }
}
