package org.beamcat.icat.server.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * What the database itself says about the migrated schema (JDBC {@link DatabaseMetaData}), with names
 * in upper case so that H2 (upper) and PostgreSQL (lower) compare alike.
 */
final class DatabaseSchema {

    record Column(String name, int jdbcType, String typeName, int size, boolean nullable) {
    }

    record Index(String name, boolean unique, List<String> columns) {
    }

    record ForeignKey(String column, String targetTable, boolean cascadesOnDelete) {
    }

    private final Map<String, Map<String, Column>> columns = new TreeMap<>();
    private final Map<String, List<Index>> indexes = new HashMap<>();
    private final Map<String, List<ForeignKey>> foreignKeys = new HashMap<>();

    private DatabaseSchema() {
    }

    static DatabaseSchema read(DataSource dataSource) throws SQLException {
        DatabaseSchema schema = new DatabaseSchema();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String namespace = connection.getSchema();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, namespace, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                String key = upper(table);
                schema.columns.put(key, readColumns(meta, namespace, table));
                schema.indexes.put(key, readIndexes(meta, namespace, table));
                schema.foreignKeys.put(key, readForeignKeys(meta, namespace, table));
            }
        }
        return schema;
    }

    Set<String> tables() {
        return columns.keySet();
    }

    Map<String, Column> columns(String table) {
        return columns.getOrDefault(upper(table), Map.of());
    }

    List<Index> indexes(String table) {
        return indexes.getOrDefault(upper(table), List.of());
    }

    List<ForeignKey> foreignKeys(String table) {
        return foreignKeys.getOrDefault(upper(table), List.of());
    }

    static String upper(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    private static Map<String, Column> readColumns(DatabaseMetaData meta, String namespace, String table)
            throws SQLException {
        Map<String, Column> result = new LinkedHashMap<>();
        try (ResultSet rs = meta.getColumns(null, namespace, table, "%")) {
            while (rs.next()) {
                String name = upper(rs.getString("COLUMN_NAME"));
                result.put(name, new Column(name, rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"),
                        rs.getInt("COLUMN_SIZE"), rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
            }
        }
        return result;
    }

    private static List<Index> readIndexes(DatabaseMetaData meta, String namespace, String table)
            throws SQLException {
        Map<String, Boolean> unique = new HashMap<>();
        Map<String, TreeMap<Short, String>> columnsByIndex = new LinkedHashMap<>();
        try (ResultSet rs = meta.getIndexInfo(null, namespace, table, false, true)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic || name == null) {
                    continue;
                }
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
                columnsByIndex.computeIfAbsent(name, n -> new TreeMap<>())
                        .put(rs.getShort("ORDINAL_POSITION"), upper(rs.getString("COLUMN_NAME")));
            }
        }
        List<Index> result = new ArrayList<>();
        columnsByIndex.forEach((name, cols) ->
                result.add(new Index(name, unique.get(name), List.copyOf(cols.values()))));
        return result;
    }

    private static List<ForeignKey> readForeignKeys(DatabaseMetaData meta, String namespace, String table)
            throws SQLException {
        List<ForeignKey> result = new ArrayList<>();
        try (ResultSet rs = meta.getImportedKeys(null, namespace, table)) {
            while (rs.next()) {
                result.add(new ForeignKey(upper(rs.getString("FKCOLUMN_NAME")), upper(rs.getString("PKTABLE_NAME")),
                        rs.getShort("DELETE_RULE") == DatabaseMetaData.importedKeyCascade));
            }
        }
        return result;
    }
}
