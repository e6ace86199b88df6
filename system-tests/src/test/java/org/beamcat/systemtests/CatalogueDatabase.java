package org.beamcat.systemtests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The test catalogue's PostgreSQL database ({@code -Dit.pg.url}, user, password from test.sh), for tests
 * that make the catalogue fail the way a database can: a trigger that refuses one dataset's insert stands
 * for "the catalogue briefly refuses".
 */
final class CatalogueDatabase implements AutoCloseable {

    private static final String TRIGGER = "beamcat_test_refuse_dataset";

    private final Connection connection;

    private CatalogueDatabase(Connection connection) {
        this.connection = connection;
    }

    static CatalogueDatabase connect() throws SQLException {
        return new CatalogueDatabase(DriverManager.getConnection(System.getProperty("it.pg.url"),
                System.getProperty("it.pg.user"), System.getProperty("it.pg.password")));
    }

    /** From now on, inserting a dataset with this name fails with the given error message. */
    void refuseDatasetInserts(String datasetName, String message) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE OR REPLACE FUNCTION " + TRIGGER + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "IF NEW.name = " + literal(datasetName) + " THEN RAISE EXCEPTION " + literal(message) + "; END IF; "
                    + "RETURN NEW; END $$");
            sql.execute("DROP TRIGGER IF EXISTS " + TRIGGER + " ON dataset");
            sql.execute("CREATE TRIGGER " + TRIGGER + " BEFORE INSERT ON dataset FOR EACH ROW EXECUTE FUNCTION "
                    + TRIGGER + "()");
        }
    }

    void acceptDatasetInserts() throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("DROP TRIGGER IF EXISTS " + TRIGGER + " ON dataset");
            sql.execute("DROP FUNCTION IF EXISTS " + TRIGGER + "()");
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
