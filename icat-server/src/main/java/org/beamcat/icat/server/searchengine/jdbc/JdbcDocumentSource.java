package org.beamcat.icat.server.searchengine.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.beamcat.icat.server.searchengine.DocumentFields;
import org.beamcat.icat.server.searchengine.DocumentSource;
import org.beamcat.icat.server.searchengine.EntityKind;
import org.beamcat.icat.server.searchengine.ParameterValue;
import org.beamcat.icat.server.searchengine.SearchDocument;
import org.beamcat.icat.server.searchengine.SearchEngineException;

/**
 * Search documents read from the catalogue tables with plain SQL: per batch of ids, one statement for the rows
 * with their single-valued relations (type, facility, sample, dataset, investigation, format), and one per
 * multi-valued relation (members, instruments, keywords, samples, parameters). Ids come from the outbox and the
 * tables themselves and are written as number literals.
 */
public final class JdbcDocumentSource implements DocumentSource {

    private final DataSource dataSource;

    public JdbcDocumentSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<SearchDocument> load(EntityKind kind, List<Long> ids) throws SearchEngineException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = ids.stream().map(id -> Long.toString(id)).collect(Collectors.joining(", "));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            return switch (kind) {
                case INVESTIGATION -> investigations(statement, in);
                case DATASET -> datasets(statement, in);
                case DATAFILE -> datafiles(statement, in);
            };
        } catch (SQLException e) {
            throw new SearchEngineException("cannot read " + kind.icatName() + " rows to index: " + e.getMessage(), e);
        }
    }

    private static final class Row {
        final long id;
        final long investigationId;
        final Long datasetId;
        final Map<String, List<String>> texts = new LinkedHashMap<>();
        final Map<String, Instant> dates = new HashMap<>();
        final Map<String, Double> numbers = new HashMap<>();
        final List<ParameterValue> parameters = new ArrayList<>();

        Row(long id, long investigationId, Long datasetId) {
            this.id = id;
            this.investigationId = investigationId;
            this.datasetId = datasetId;
        }

        void text(String field, String value) {
            if (value != null && !value.isBlank()) {
                texts.computeIfAbsent(field, f -> new ArrayList<>()).add(value);
            }
        }

        void date(String field, Timestamp value) {
            if (value != null) {
                dates.put(field, value.toInstant());
            }
        }

        SearchDocument document(EntityKind kind) {
            return new SearchDocument(kind, id, investigationId, datasetId, texts, dates, numbers, parameters);
        }
    }

    private List<SearchDocument> investigations(Statement statement, String in) throws SQLException {
        Map<Long, Row> rows = new LinkedHashMap<>();
        try (ResultSet r = statement.executeQuery("SELECT i.ID, i.NAME, i.VISITID, i.TITLE, i.SUMMARY, i.DOI,"
                + " i.STARTDATE, i.ENDDATE, i.RELEASEDATE, i.CREATE_TIME, i.MOD_TIME, t.NAME, f.NAME"
                + " FROM INVESTIGATION i JOIN INVESTIGATIONTYPE t ON t.ID = i.TYPE_ID"
                + " JOIN FACILITY f ON f.ID = i.FACILITY_ID WHERE i.ID IN (" + in + ")")) {
            while (r.next()) {
                Row row = new Row(r.getLong(1), r.getLong(1), null);
                row.text(DocumentFields.NAME, r.getString(2));
                row.text(DocumentFields.VISIT_ID, r.getString(3));
                row.text(DocumentFields.TITLE, r.getString(4));
                row.text(DocumentFields.SUMMARY, r.getString(5));
                row.text(DocumentFields.DOI, r.getString(6));
                row.date(DocumentFields.START_DATE, r.getTimestamp(7));
                row.date(DocumentFields.END_DATE, r.getTimestamp(8));
                row.date(DocumentFields.RELEASE_DATE, r.getTimestamp(9));
                row.date(DocumentFields.CREATE_TIME, r.getTimestamp(10));
                row.date(DocumentFields.MOD_TIME, r.getTimestamp(11));
                row.text(DocumentFields.TYPE, r.getString(12));
                row.text(DocumentFields.FACILITY, r.getString(13));
                rows.put(row.id, row);
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        texts(statement, rows, "SELECT iu.INVESTIGATION_ID, u.NAME, u.FULLNAME FROM INVESTIGATIONUSER iu"
                + " JOIN USER_ u ON u.ID = iu.USER_ID WHERE iu.INVESTIGATION_ID IN (" + in + ")",
                DocumentFields.USER_NAME, DocumentFields.USER_FULL_NAME);
        texts(statement, rows, "SELECT ii.INVESTIGATION_ID, ins.NAME, ins.FULLNAME FROM INVESTIGATIONINSTRUMENT ii"
                + " JOIN INSTRUMENT ins ON ins.ID = ii.INSTRUMENT_ID WHERE ii.INVESTIGATION_ID IN (" + in + ")",
                DocumentFields.INSTRUMENT, DocumentFields.INSTRUMENT);
        texts(statement, rows, "SELECT INVESTIGATION_ID, NAME FROM KEYWORD WHERE INVESTIGATION_ID IN (" + in + ")",
                DocumentFields.KEYWORD);
        texts(statement, rows, "SELECT INVESTIGATION_ID, NAME FROM SAMPLE WHERE INVESTIGATION_ID IN (" + in + ")",
                DocumentFields.SAMPLE);
        parameters(statement, rows, "INVESTIGATIONPARAMETER", "INVESTIGATION_ID", in);
        return rows.values().stream().map(row -> row.document(EntityKind.INVESTIGATION)).toList();
    }

    private List<SearchDocument> datasets(Statement statement, String in) throws SQLException {
        Map<Long, Row> rows = new LinkedHashMap<>();
        try (ResultSet r = statement.executeQuery("SELECT d.ID, d.INVESTIGATION_ID, d.NAME, d.DESCRIPTION,"
                + " d.LOCATION, d.DOI, d.STARTDATE, d.ENDDATE, d.CREATE_TIME, d.MOD_TIME, t.NAME, s.NAME,"
                + " i.NAME, i.TITLE, i.VISITID FROM DATASET d JOIN DATASETTYPE t ON t.ID = d.TYPE_ID"
                + " JOIN INVESTIGATION i ON i.ID = d.INVESTIGATION_ID LEFT JOIN SAMPLE s ON s.ID = d.SAMPLE_ID"
                + " WHERE d.ID IN (" + in + ")")) {
            while (r.next()) {
                Row row = new Row(r.getLong(1), r.getLong(2), r.getLong(1));
                row.text(DocumentFields.NAME, r.getString(3));
                row.text(DocumentFields.DESCRIPTION, r.getString(4));
                row.text(DocumentFields.LOCATION, r.getString(5));
                row.text(DocumentFields.DOI, r.getString(6));
                row.date(DocumentFields.START_DATE, r.getTimestamp(7));
                row.date(DocumentFields.END_DATE, r.getTimestamp(8));
                row.date(DocumentFields.CREATE_TIME, r.getTimestamp(9));
                row.date(DocumentFields.MOD_TIME, r.getTimestamp(10));
                row.text(DocumentFields.TYPE, r.getString(11));
                row.text(DocumentFields.SAMPLE, r.getString(12));
                row.text(DocumentFields.INVESTIGATION_NAME, r.getString(13));
                row.text(DocumentFields.INVESTIGATION_TITLE, r.getString(14));
                row.text(DocumentFields.INVESTIGATION_VISIT_ID, r.getString(15));
                rows.put(row.id, row);
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        texts(statement, rows, "SELECT d.ID, ins.NAME FROM DATASET d JOIN INVESTIGATIONINSTRUMENT ii"
                + " ON ii.INVESTIGATION_ID = d.INVESTIGATION_ID JOIN INSTRUMENT ins ON ins.ID = ii.INSTRUMENT_ID"
                + " WHERE d.ID IN (" + in + ")", DocumentFields.INSTRUMENT);
        parameters(statement, rows, "DATASETPARAMETER", "DATASET_ID", in);
        return rows.values().stream().map(row -> row.document(EntityKind.DATASET)).toList();
    }

    private List<SearchDocument> datafiles(Statement statement, String in) throws SQLException {
        Map<Long, Row> rows = new LinkedHashMap<>();
        try (ResultSet r = statement.executeQuery("SELECT f.ID, d.INVESTIGATION_ID, f.DATASET_ID, f.NAME,"
                + " f.DESCRIPTION, f.LOCATION, f.FILESIZE, f.DATAFILECREATETIME, f.DATAFILEMODTIME, f.CREATE_TIME,"
                + " f.MOD_TIME, fmt.NAME, d.NAME, i.NAME, i.VISITID FROM DATAFILE f"
                + " JOIN DATASET d ON d.ID = f.DATASET_ID JOIN INVESTIGATION i ON i.ID = d.INVESTIGATION_ID"
                + " LEFT JOIN DATAFILEFORMAT fmt ON fmt.ID = f.DATAFILEFORMAT_ID WHERE f.ID IN (" + in + ")")) {
            while (r.next()) {
                Row row = new Row(r.getLong(1), r.getLong(2), r.getLong(3));
                row.text(DocumentFields.NAME, r.getString(4));
                row.text(DocumentFields.DESCRIPTION, r.getString(5));
                row.text(DocumentFields.LOCATION, r.getString(6));
                long size = r.getLong(7);
                if (!r.wasNull()) {
                    row.numbers.put(DocumentFields.FILE_SIZE, (double) size);
                }
                Timestamp created = r.getTimestamp(8);
                Timestamp modified = r.getTimestamp(9);
                row.date(DocumentFields.START_DATE, created != null ? created : r.getTimestamp(10));
                row.date(DocumentFields.END_DATE, modified != null ? modified : r.getTimestamp(11));
                row.date(DocumentFields.CREATE_TIME, r.getTimestamp(10));
                row.date(DocumentFields.MOD_TIME, r.getTimestamp(11));
                row.text(DocumentFields.FORMAT, r.getString(12));
                row.text(DocumentFields.DATASET_NAME, r.getString(13));
                row.text(DocumentFields.INVESTIGATION_NAME, r.getString(14));
                row.text(DocumentFields.INVESTIGATION_VISIT_ID, r.getString(15));
                rows.put(row.id, row);
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        parameters(statement, rows, "DATAFILEPARAMETER", "DATAFILE_ID", in);
        return rows.values().stream().map(row -> row.document(EntityKind.DATAFILE)).toList();
    }

    /** Column 1 is the row id, columns 2… the values of {@code fields} in order. */
    private static void texts(Statement statement, Map<Long, Row> rows, String sql, String... fields)
            throws SQLException {
        try (ResultSet r = statement.executeQuery(sql)) {
            while (r.next()) {
                Row row = rows.get(r.getLong(1));
                if (row != null) {
                    for (int i = 0; i < fields.length; i++) {
                        row.text(fields[i], r.getString(i + 2));
                    }
                }
            }
        }
    }

    private static void parameters(Statement statement, Map<Long, Row> rows, String table, String owner, String in)
            throws SQLException {
        try (ResultSet r = statement.executeQuery("SELECT p." + owner + ", pt.NAME, pt.UNITS, pt.VALUETYPE,"
                + " p.STRING_VALUE, p.NUMERIC_VALUE, p.DATETIME_VALUE FROM " + table + " p"
                + " JOIN PARAMETERTYPE pt ON pt.ID = p.PARAMETER_TYPE_ID WHERE p." + owner + " IN (" + in + ")")) {
            while (r.next()) {
                Row row = rows.get(r.getLong(1));
                if (row == null) {
                    continue;
                }
                String name = r.getString(2);
                String units = r.getString(3);
                String stringValue = r.getString(5);
                double number = r.getDouble(6);
                boolean hasNumber = !r.wasNull();
                Timestamp date = r.getTimestamp(7);
                switch (r.getString(4)) {
                    case "NUMERIC" -> {
                        if (hasNumber) {
                            row.parameters.add(ParameterValue.ofNumber(name, units, number));
                        }
                    }
                    case "DATE_AND_TIME" -> {
                        if (date != null) {
                            row.parameters.add(ParameterValue.ofDate(name, units, date.toInstant()));
                        }
                    }
                    default -> {
                        if (stringValue != null) {
                            row.parameters.add(ParameterValue.ofString(name, units, stringValue));
                            row.text(DocumentFields.PARAMETER, stringValue);
                        }
                    }
                }
            }
        }
    }

    @Override
    public List<Long> ids(EntityKind kind, long afterId, int max) throws SearchEngineException {
        return idList("SELECT ID FROM " + table(kind) + " WHERE ID > " + afterId + " ORDER BY ID FETCH FIRST " + max
                + " ROWS ONLY");
    }

    @Override
    public List<Long> idsBelow(EntityKind parent, long parentId, EntityKind child, long afterId, int max)
            throws SearchEngineException {
        String sql;
        if (child == EntityKind.DATASET && parent == EntityKind.INVESTIGATION) {
            sql = "SELECT ID FROM DATASET WHERE INVESTIGATION_ID = " + parentId + " AND ID > " + afterId;
        } else if (child == EntityKind.DATAFILE && parent == EntityKind.DATASET) {
            sql = "SELECT ID FROM DATAFILE WHERE DATASET_ID = " + parentId + " AND ID > " + afterId;
        } else if (child == EntityKind.DATAFILE && parent == EntityKind.INVESTIGATION) {
            sql = "SELECT f.ID FROM DATAFILE f JOIN DATASET d ON d.ID = f.DATASET_ID WHERE d.INVESTIGATION_ID = "
                    + parentId + " AND f.ID > " + afterId;
        } else {
            return List.of();
        }
        return idList(sql + " ORDER BY 1 FETCH FIRST " + max + " ROWS ONLY");
    }

    @Override
    public long count(EntityKind kind) throws SearchEngineException {
        List<Long> count = idList("SELECT COUNT(*) FROM " + table(kind));
        return count.isEmpty() ? 0 : count.get(0);
    }

    private List<Long> idList(String sql) throws SearchEngineException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet r = statement.executeQuery(sql)) {
            List<Long> ids = new ArrayList<>();
            while (r.next()) {
                ids.add(r.getLong(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new SearchEngineException("cannot read the catalogue to index it: " + e.getMessage(), e);
        }
    }

    private static String table(EntityKind kind) {
        return kind.icatName().toUpperCase();
    }
}
