package org.beamcat.icat.server.session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Table SESSION_ (migration V1) through plain JDBC: sessions are not ICAT entities, so they stay out of the
 * catalogue's persistence unit and entity model. Each call is one statement, so it is atomic on its own
 * (autocommit outside a transaction, part of the caller's transaction inside one). EXPIREDATETIME holds
 * UTC, so servers in different time zones sharing the database agree on expiry.
 */
final class SessionTable {

    private final DataSource dataSource;

    SessionTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void insert(StoredSession session) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO SESSION_ (ID, EXPIREDATETIME, USERNAME) VALUES (?, ?, ?)")) {
            insert.setString(1, session.id());
            insert.setObject(2, utc(session.expiresAt()));
            insert.setString(3, session.userName());
            insert.executeUpdate();
        }
    }

    Optional<StoredSession> find(String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement query = c.prepareStatement(
                        "SELECT USERNAME, EXPIREDATETIME FROM SESSION_ WHERE ID = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Instant expiresAt = row.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                return Optional.of(new StoredSession(id, row.getString(1), expiresAt));
            }
        }
    }

    /** @return false when there is no such session */
    boolean setExpiry(String id, Instant expiresAt) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("UPDATE SESSION_ SET EXPIREDATETIME = ? WHERE ID = ?")) {
            update.setObject(1, utc(expiresAt));
            update.setString(2, id);
            return update.executeUpdate() > 0;
        }
    }

    /** @return false when there is no such session */
    boolean delete(String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement("DELETE FROM SESSION_ WHERE ID = ?")) {
            delete.setString(1, id);
            return delete.executeUpdate() > 0;
        }
    }

    /** Sessions of the user, expired ones not yet purged included (as ICAT counts them). */
    boolean anyFor(String userName) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement query = c.prepareStatement("SELECT COUNT(*) FROM SESSION_ WHERE USERNAME = ?")) {
            query.setString(1, userName);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1) > 0;
            }
        }
    }

    /** @return how many sessions had expired before {@code now} and were deleted */
    int deleteExpired(Instant now) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement("DELETE FROM SESSION_ WHERE EXPIREDATETIME < ?")) {
            delete.setObject(1, utc(now));
            return delete.executeUpdate();
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
