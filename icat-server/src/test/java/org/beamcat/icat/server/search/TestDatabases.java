package org.beamcat.icat.server.search;

import java.sql.SQLException;
import org.beamcat.icat.server.persistence.PostgresTestDatabase;
import org.beamcat.icat.server.persistence.TestDatabase;
import org.h2.jdbcx.JdbcDataSource;

/** Empty databases for the search and rules checks: H2 in memory, or a recreated PostgreSQL database. */
final class TestDatabases {

    private TestDatabases() {
    }

    static TestDatabase h2(String name) {
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return new TestDatabase(url, "sa", "", dataSource);
    }

    /** Drops and recreates {@code database} on the test PostgreSQL (see {@link PostgresTestDatabase}). */
    static TestDatabase postgres(String database) throws SQLException {
        return PostgresTestDatabase.recreate(database);
    }
}
