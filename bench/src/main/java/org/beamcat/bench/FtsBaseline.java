package org.beamcat.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL full-text baseline's index: one table of {@code to_tsvector('simple', …)} documents per entity
 * (the text fields the catalogue's engine indexes: names, titles, locations, descriptions, sample and
 * investigation names) with a GIN index each, built by the bench from the catalogue's rows. Building it is timed
 * as the baseline of the engine's rebuild; its size is the baseline of the index size.
 */
final class FtsBaseline {

    private static final String[] TABLES = {"bench_fts_investigation", "bench_fts_dataset", "bench_fts_datafile"};

    private FtsBaseline() {
    }

    /** Drops and builds the three tables and their GIN indexes; returns the number of documents. */
    static long build(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            for (String table : TABLES) {
                s.execute("DROP TABLE IF EXISTS " + table);
            }
            s.execute("CREATE TABLE bench_fts_investigation AS SELECT i.id, to_tsvector('simple', concat_ws(' ', i.name,"
                    + " i.visitid, i.title, i.summary, i.doi, t.name)) AS doc FROM investigation i"
                    + " JOIN investigationtype t ON t.id = i.type_id");
            s.execute("CREATE TABLE bench_fts_dataset AS SELECT ds.id, to_tsvector('simple', concat_ws(' ', ds.name,"
                    + " ds.description, ds.location, t.name, sa.name, i.name, i.title, i.visitid)) AS doc FROM dataset ds"
                    + " JOIN investigation i ON i.id = ds.investigation_id JOIN datasettype t ON t.id = ds.type_id"
                    + " LEFT JOIN sample sa ON sa.id = ds.sample_id");
            s.execute("CREATE TABLE bench_fts_datafile AS SELECT df.id, to_tsvector('simple', concat_ws(' ', df.name,"
                    + " df.description, df.location, ds.name)) AS doc FROM datafile df JOIN dataset ds ON ds.id = df.dataset_id");
            long documents = 0;
            for (String table : TABLES) {
                s.execute("ALTER TABLE " + table + " ADD PRIMARY KEY (id)");
                s.execute("CREATE INDEX " + table + "_doc ON " + table + " USING GIN (doc)");
                s.execute("ANALYZE " + table);
                try (ResultSet rows = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rows.next();
                    documents += rows.getLong(1);
                }
            }
            return documents;
        }
    }

    /** Bytes of the three tables with their indexes. */
    static long bytes(Connection db) throws SQLException {
        long bytes = 0;
        try (Statement s = db.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = s.executeQuery("SELECT pg_total_relation_size('" + table + "')")) {
                    rows.next();
                    bytes += rows.getLong(1);
                }
            }
        }
        return bytes;
    }

    static void drop(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            for (String table : TABLES) {
                s.execute("DROP TABLE IF EXISTS " + table);
            }
        }
    }
}
