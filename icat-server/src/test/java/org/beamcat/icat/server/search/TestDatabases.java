package org.beamcat.icat.server.search;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.beamcat.icat.server.persistence.TestDatabase;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

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

    /**
     * Drops and recreates {@code database} on the server of {@code beamcat.it.pg.url} (default
     * {@code jdbc:postgresql://127.0.0.1:5432/}) as {@code beamcat.it.pg.user} (default postgres), like the
     * schema ITs.
     */
    static TestDatabase postgres(String database) throws SQLException {
        String server = System.getProperty("beamcat.it.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
        String user = System.getProperty("beamcat.it.pg.user", "postgres");
        String password = System.getProperty("beamcat.it.pg.password", "");
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + database);
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(server + database);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return new TestDatabase(server + database, user, password, dataSource);
    }
}
