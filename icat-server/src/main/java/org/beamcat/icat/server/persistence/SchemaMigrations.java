package org.beamcat.icat.server.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The catalogue's Flyway configuration, in one place so that the server and the tests migrate a
 * database the same way. The scripts live in {@code db/migration} (one portable script set for H2 and
 * PostgreSQL).
 */
public final class SchemaMigrations {

    public static final String LOCATION = "classpath:db/migration";

    private SchemaMigrations() {
    }

    /** Brings the database behind {@code dataSource} to the newest schema version. */
    public static MigrateResult migrate(DataSource dataSource) {
        return configure(dataSource).migrate();
    }

    static Flyway configure(DataSource dataSource) {
        // Our own class loader, not the thread's: inside Payara that is what sees WEB-INF/classes.
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                // Payara's embedded H2 database is shared (jdbc/__default uses the same pool), so the
                // schema may hold other tables on first start: record a baseline 0 and apply V1 on top.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
    }
}
