package org.beamcat.icat.server.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateOutput;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates the catalogue database ({@code jdbc/icat}) when the application starts, before anything
 * uses it. If migration fails, the deployment fails: a catalogue on an unknown schema must not serve.
 * Other start-up beans that touch the catalogue declare {@code @DependsOn("SchemaMigrator")}.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN) // Flyway commits each migration itself
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "jdbc/icat")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result;
        try {
            result = SchemaMigrations.migrate(dataSource);
        } catch (FlywayException e) {
            LOG.log(Level.SEVERE, "Catalogue schema migration failed", e);
            throw new IllegalStateException("BeamCat cannot start: migrating the catalogue database jdbc/icat"
                    + " failed (" + e.getMessage() + "). Fix the database or the datasource and redeploy.", e);
        }
        report(result);
    }

    private static void report(MigrateResult result) {
        if (result.migrationsExecuted == 0) {
            LOG.info(() -> "Catalogue schema is up to date at version " + result.initialSchemaVersion
                    + " (" + result.database + ")");
            return;
        }
        for (MigrateOutput applied : result.migrations) {
            LOG.info(() -> "Catalogue schema: applied " + applied.version + " " + applied.description
                    + " in " + applied.executionTime + " ms");
        }
        LOG.info(() -> "Catalogue schema migrated from version " + result.initialSchemaVersion + " to "
                + result.targetSchemaVersion + " (" + result.database + ")");
    }
}
