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

    /**
     * Registers {@code count} datafiles {@code <prefix><n>.dat} (n from 0) of one dataset, all at one location,
     * straight into the table: a fixture of 100,000 rows in a second, where the catalogue's write call, which
     * checks each row, takes minutes on a loaded machine. Ids come from the catalogue's own sequence in
     * EclipseLink's way (each nextval reserves the block of the sequence's increment below it), so later
     * writes through the catalogue never collide with them. Returns the ids in name order.
     */
    java.util.List<Long> insertDatafiles(long datasetId, long formatId, int count, String prefix, String location,
            long size, String checksum) throws SQLException {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        try (Statement sql = connection.createStatement()) {
            int block;
            try (java.sql.ResultSet rs = sql.executeQuery(
                    "SELECT increment_by FROM pg_sequences WHERE sequencename = 'icat_id_seq'")) {
                rs.next();
                block = rs.getInt(1);
            }
            int blocks = (count + block - 1) / block;
            try (java.sql.ResultSet rs = sql.executeQuery("WITH reserved AS (SELECT n - " + block + " + 1 + k AS id"
                    + " FROM (SELECT nextval('icat_id_seq') AS n FROM generate_series(1, " + blocks + ")) b"
                    + " CROSS JOIN generate_series(0, " + (block - 1) + ") k ORDER BY id LIMIT " + count + ")"
                    + " INSERT INTO datafile (id, create_id, create_time, mod_id, mod_time, checksum, filesize, location,"
                    + " name, datafileformat_id, dataset_id)"
                    + " SELECT id, 'simple/root', now(), 'simple/root', now(), " + literal(checksum) + ", " + size + ", "
                    + literal(location) + ", " + literal(prefix) + " || (row_number() OVER (ORDER BY id) - 1) || '.dat', "
                    + formatId + ", " + datasetId + " FROM reserved RETURNING id")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        ids.sort(null);
        return ids;
    }

    /** Removes the datafiles of a dataset in an id range, as {@link #insertDatafiles} made them. */
    void deleteDatafiles(long datasetId, long firstId, long lastId) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.executeUpdate("DELETE FROM datafile WHERE dataset_id = " + datasetId + " AND id BETWEEN " + firstId
                    + " AND " + lastId);
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
