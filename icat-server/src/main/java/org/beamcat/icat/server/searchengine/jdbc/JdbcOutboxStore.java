package org.beamcat.icat.server.searchengine.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.beamcat.icat.server.searchengine.EntityKind;
import org.beamcat.icat.server.searchengine.SearchEngineException;
import org.beamcat.icat.server.searchengine.outbox.OutboxEntry;
import org.beamcat.icat.server.searchengine.outbox.OutboxOperation;
import org.beamcat.icat.server.searchengine.outbox.OutboxStore;
import org.beamcat.icat.server.searchengine.outbox.OutboxStore.Backlog;

/** The SEARCH_OUTBOX table over plain JDBC, each call its own auto-committed statement. */
public final class JdbcOutboxStore implements OutboxStore {

    private final DataSource dataSource;

    public JdbcOutboxStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<OutboxEntry> next(int max) throws SearchEngineException {
        String sql = "SELECT ID, ENTITY, ENTITY_ID, OPERATION, CREATED FROM SEARCH_OUTBOX ORDER BY ID"
                + " FETCH FIRST " + max + " ROWS ONLY";
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<OutboxEntry> entries = new ArrayList<>();
            while (rows.next()) {
                Optional<EntityKind> kind = EntityKind.ofIcatName(rows.getString(2));
                String code = rows.getString(4);
                Optional<OutboxOperation> operation = code == null || code.isEmpty() ? Optional.empty()
                        : OutboxOperation.ofCode(code.charAt(0));
                if (kind.isEmpty() || operation.isEmpty()) {
                    throw new SearchEngineException("search outbox row " + rows.getLong(1) + " is not understood: "
                            + rows.getString(2) + " " + code);
                }
                entries.add(new OutboxEntry(rows.getLong(1), kind.get(), rows.getLong(3), operation.get(),
                        rows.getTimestamp(5).toInstant()));
            }
            return entries;
        } catch (SQLException e) {
            throw new SearchEngineException("cannot read the search outbox: " + e.getMessage(), e);
        }
    }

    @Override
    public void remove(List<Long> ids) throws SearchEngineException {
        if (ids.isEmpty()) {
            return;
        }
        String sql = "DELETE FROM SEARCH_OUTBOX WHERE ID IN ("
                + ids.stream().map(id -> Long.toString(id)).collect(Collectors.joining(", ")) + ")";
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new SearchEngineException("cannot delete applied search outbox rows: " + e.getMessage(), e);
        }
    }

    @Override
    public Backlog backlog() throws SearchEngineException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT COUNT(*), MIN(CREATED) FROM SEARCH_OUTBOX");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            Timestamp oldest = rows.getTimestamp(2);
            return new Backlog(rows.getLong(1), Optional.ofNullable(oldest).map(Timestamp::toInstant));
        } catch (SQLException e) {
            throw new SearchEngineException("cannot read the search outbox: " + e.getMessage(), e);
        }
    }
}
