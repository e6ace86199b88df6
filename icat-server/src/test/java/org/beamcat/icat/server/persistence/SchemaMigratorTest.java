package org.beamcat.icat.server.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The start-up bean, outside the container, on real (in-memory) H2 databases. */
class SchemaMigratorTest {

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final SchemaMigrator migrator = new SchemaMigrator();

    SchemaMigratorTest() {
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        migrator.dataSource = dataSource;
    }

    @Test
    void migratesAnEmptyDatabase() throws SQLException {
        migrator.migrate();
        assertEquals(0L, count("SELECT COUNT(*) FROM DATAFILE"));
    }

    @Test
    void migratesASharedDatabaseThatAlreadyHoldsOtherTables() throws SQLException {
        // Payara's embedded H2 serves jdbc/__default from the same pool, so other tables may be there first.
        execute("CREATE TABLE EJB__TIMER__TBL (ID INTEGER)");
        migrator.migrate();
        assertEquals(0L, count("SELECT COUNT(*) FROM DATAFILE"));
        assertEquals(1L, count("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '1'"));
    }

    @Test
    void failsTheDeploymentWithAMessageNamingTheDatasource() throws SQLException {
        execute("CREATE TABLE DATAFILE (ID INTEGER)"); // a clash the migration cannot resolve
        IllegalStateException e = assertThrows(IllegalStateException.class, migrator::migrate);
        assertTrue(e.getMessage().contains("jdbc/icat"), e.getMessage());
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
