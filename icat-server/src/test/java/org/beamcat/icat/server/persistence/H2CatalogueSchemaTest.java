package org.beamcat.icat.server.persistence;

import java.nio.file.Path;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema contract on H2 2.2.224 as Payara's embedded H2Pool opens it: a file database with
 * AUTO_SERVER=TRUE and H2's own (not PostgreSQL) compatibility mode.
 */
class H2CatalogueSchemaTest extends CatalogueSchemaContract {

    @TempDir
    static Path directory;

    @Override
    protected TestDatabase createEmptyDatabase() {
        String url = "jdbc:h2:" + directory.resolve("icat").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return new TestDatabase(url, "sa", "", dataSource);
    }
}
