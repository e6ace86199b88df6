package org.beamcat.icat.server.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;

/** Opens the Java SE persistence unit {@code icat-test} (src/test/resources) on a test database. */
public final class TestPersistenceUnit {

    static final String NAME = "icat-test";

    private TestPersistenceUnit() {
    }

    public static EntityManagerFactory open(TestDatabase database) {
        return Persistence.createEntityManagerFactory(NAME, Map.of(
                "jakarta.persistence.jdbc.url", database.url(),
                "jakarta.persistence.jdbc.user", database.user(),
                "jakarta.persistence.jdbc.password", database.password()));
    }
}
