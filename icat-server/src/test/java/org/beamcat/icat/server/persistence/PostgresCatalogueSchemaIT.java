package org.beamcat.icat.server.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The schema contract on a real PostgreSQL (15 on the project machine). Runs under {@code -Pit}; drops
 * and recreates its own database {@value #DATABASE}. Server and superuser come from the system
 * properties {@code beamcat.it.pg.url} (default {@value #DEFAULT_SERVER}) and {@code beamcat.it.pg.user}
 * (default {@code postgres}, trust authentication on 127.0.0.1).
 */
class PostgresCatalogueSchemaIT extends CatalogueSchemaContract {

    private static final String DATABASE = "beamcat_schema_it";
    private static final String DEFAULT_SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    @Override
    protected TestDatabase createEmptyDatabase() throws SQLException {
        String server = System.getProperty("beamcat.it.pg.url", DEFAULT_SERVER);
        String user = System.getProperty("beamcat.it.pg.user", "postgres");
        String password = System.getProperty("beamcat.it.pg.password", "");
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + DATABASE);
        }
        String url = server + DATABASE;
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return new TestDatabase(url, user, password, dataSource);
    }
}
