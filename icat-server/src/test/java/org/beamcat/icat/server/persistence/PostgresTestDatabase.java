package org.beamcat.icat.server.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An empty database of its own on the test PostgreSQL (15 on the project machine), dropped and recreated. Server
 * and superuser come from the system properties {@code beamcat.it.pg.url} (default {@value #DEFAULT_SERVER}),
 * {@code beamcat.it.pg.user} (default {@code postgres}, trust authentication on 127.0.0.1) and
 * {@code beamcat.it.pg.password}; {@code beamcat.it.pg.suffix} is appended to every database name.
 */
public final class PostgresTestDatabase {

    private static final String DEFAULT_SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private PostgresTestDatabase() {
    }

    public static TestDatabase recreate(String name) throws SQLException {
        // Optional suffix (letters, digits, _) so parallel checkouts can keep their own databases.
        String database = name + System.getProperty("beamcat.it.pg.suffix", "").replaceAll("[^A-Za-z0-9_]", "");
        String server = System.getProperty("beamcat.it.pg.url", DEFAULT_SERVER);
        String user = System.getProperty("beamcat.it.pg.user", "postgres");
        String password = System.getProperty("beamcat.it.pg.password", "");
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + database);
        }
        String url = server + database;
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return new TestDatabase(url, user, password, dataSource);
    }
}
