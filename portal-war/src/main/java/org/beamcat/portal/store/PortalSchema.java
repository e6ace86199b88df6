package org.beamcat.portal.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The portal's own tables (carts, downloads) in the catalogue's database {@code jdbc/icat}, migrated by Flyway
 * from {@code db/portal} with a history table of their own ({@code portal_schema_history}), so they never touch
 * the catalogue's migrations and its history. One portable script set for H2 and PostgreSQL.
 */
public final class PortalSchema {

    public static final String HISTORY_TABLE = "portal_schema_history";
    public static final String LOCATION = "classpath:db/portal";

    private PortalSchema() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        // Our own class loader, not the thread's: inside Payara that is what sees WEB-INF/classes.
        return Flyway.configure(PortalSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                // The database already holds the catalogue's tables: start the portal's history at 0.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load()
                .migrate();
    }
}
