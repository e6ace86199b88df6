package org.beamcat.icat.server.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.beamcat.icat.server.persistence.SchemaMigrations;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Catalogue databases migrated to the newest schema, for tests of code that uses plain JDBC (sessions,
 * the db authenticator). PostgreSQL follows PostgresCatalogueSchemaIT: system properties
 * {@code beamcat.it.pg.url} / {@code .user} / {@code .password}, superuser with trust on 127.0.0.1.
 */
public final class MigratedDatabases {

    private MigratedDatabases() {
    }

    /** A new in-memory H2 database in H2's own mode, as Payara's embedded H2Pool uses. */
    public static DataSource h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        SchemaMigrations.migrate(dataSource);
        return dataSource;
    }

    /** Drops and recreates the PostgreSQL database {@code name}, then migrates it. */
    public static DataSource postgres(String name) throws SQLException {
        String server = System.getProperty("beamcat.it.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
        String user = System.getProperty("beamcat.it.pg.user", "postgres");
        String password = System.getProperty("beamcat.it.pg.password", "");
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + name);
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(server + name);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        SchemaMigrations.migrate(dataSource);
        return dataSource;
    }
}
