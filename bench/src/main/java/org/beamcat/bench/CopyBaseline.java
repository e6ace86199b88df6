package org.beamcat.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The ingestion baseline: the rows ingestion wrote (datasets under a location prefix, their datafiles and
 * parameters) copied again into the same tables with PostgreSQL COPY, timed from the first COPY to the
 * commit. The copies get ids shifted by {@link #ID_SHIFT} and dataset names with a suffix (the unique keys),
 * and are deleted afterwards, so the catalogue is left as ingestion made it.
 */
final class CopyBaseline {

    static final long ID_SHIFT = 1_000_000_000_000L;

    record Result(long datasets, long datafiles, long parameters, long nanos) {
    }

    private CopyBaseline() {
    }

    static Result copyAgain(Connection db, String locationPrefix) throws SQLException, IOException {
        String datasets = "SELECT id FROM dataset WHERE location LIKE " + literal(locationPrefix + "%");
        byte[] datasetRows = copyOut(db, "dataset", "location LIKE " + literal(locationPrefix + "%"));
        byte[] datafileRows = copyOut(db, "datafile", "dataset_id IN (" + datasets + ")");
        byte[] parameterRows = copyOut(db, "datasetparameter", "dataset_id IN (" + datasets + ")");
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            long start = System.nanoTime();
            long d = copy.copyIn("COPY dataset FROM STDIN (FORMAT csv)", new ByteArrayInputStream(datasetRows));
            long f = copy.copyIn("COPY datafile FROM STDIN (FORMAT csv)", new ByteArrayInputStream(datafileRows));
            long p = copy.copyIn("COPY datasetparameter FROM STDIN (FORMAT csv)",
                    new ByteArrayInputStream(parameterRows));
            db.commit();
            long nanos = System.nanoTime() - start;
            return new Result(d, f, p, nanos);
        } finally {
            db.rollback();
            try (Statement delete = db.createStatement()) {
                delete.executeUpdate("DELETE FROM datafile WHERE id >= " + ID_SHIFT);
                delete.executeUpdate("DELETE FROM datasetparameter WHERE id >= " + ID_SHIFT);
                delete.executeUpdate("DELETE FROM dataset WHERE id >= " + ID_SHIFT);
            }
            db.commit();
            db.setAutoCommit(autoCommit);
        }
    }

    /** The table's rows matching {@code where}, as CSV, with ids (and the dataset's unique name) shifted. */
    private static byte[] copyOut(Connection db, String table, String where) throws SQLException, IOException {
        List<String> expressions = new ArrayList<>();
        for (String column : columns(db, table)) {
            expressions.add(switch (column) {
                case "id", "dataset_id" -> column + " + " + ID_SHIFT;
                case "name" -> table.equals("dataset") ? "name || '_copy'" : column;
                default -> column;
            });
        }
        String select = "SELECT " + String.join(", ", expressions) + " FROM " + table + " WHERE " + where;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        db.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (" + select + ") TO STDOUT (FORMAT csv)", out);
        return out.toByteArray();
    }

    private static List<String> columns(Connection db, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        if (columns.isEmpty()) {
            throw new SQLException("table " + table + " not found in the catalogue database");
        }
        return columns;
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
