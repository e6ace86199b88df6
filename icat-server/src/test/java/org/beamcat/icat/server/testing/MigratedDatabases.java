package org.beamcat.icat.server.testing;

import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.beamcat.icat.server.persistence.PostgresTestDatabase;
import org.beamcat.icat.server.persistence.SchemaMigrations;
import org.h2.jdbcx.JdbcDataSource;

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
        DataSource dataSource = PostgresTestDatabase.recreate(name).dataSource();
        SchemaMigrations.migrate(dataSource);
        return dataSource;
    }
}
