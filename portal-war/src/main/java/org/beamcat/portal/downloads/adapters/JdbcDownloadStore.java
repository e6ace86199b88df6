package org.beamcat.portal.downloads.adapters;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.beamcat.portal.downloads.DataSelection;
import org.beamcat.portal.downloads.Download;
import org.beamcat.portal.downloads.DownloadStore;
import org.beamcat.portal.store.StoreFailure;

/** {@link DownloadStore} in the portal's table {@code portal_download}; every read is by the owner's user name. */
public class JdbcDownloadStore implements DownloadStore {

    private static final String COLUMNS = "id, user_name, name, prepared_id, created_at, summary, selection";

    private final DataSource dataSource;

    public JdbcDownloadStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Download save(String userName, String name, String preparedId, Instant created, String summary,
            DataSelection selection) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO portal_download (user_name, name, prepared_id,"
                    + " created_at, summary, selection) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setString(1, userName);
                s.setString(2, cut(name, 255));
                s.setString(3, preparedId);
                s.setTimestamp(4, Timestamp.from(created));
                s.setString(5, cut(summary, 1000));
                s.setString(6, selection.encode());
                s.executeUpdate();
            }
            // The generated id read back by the unique (user, preparedId): portable where generated-key column
            // names differ in case between H2 and PostgreSQL.
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM portal_download WHERE user_name = ? AND prepared_id = ?")) {
                s.setString(1, userName);
                s.setString(2, preparedId);
                return first(s).orElseThrow(() -> new StoreFailure("saving the download",
                        new SQLException("the saved row was not found")));
            }
        } catch (SQLException e) {
            throw new StoreFailure("saving the download", e);
        }
    }

    @Override
    public List<Download> of(String userName, int limit) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                        + " FROM portal_download WHERE user_name = ? ORDER BY created_at DESC, id DESC")) {
            s.setString(1, userName);
            s.setMaxRows(limit);
            List<Download> result = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    read(r).ifPresent(result::add);
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StoreFailure("reading the downloads", e);
        }
    }

    @Override
    public Optional<Download> find(String userName, long id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                        + " FROM portal_download WHERE user_name = ? AND id = ?")) {
            s.setString(1, userName);
            s.setLong(2, id);
            return first(s);
        } catch (SQLException e) {
            throw new StoreFailure("reading a download", e);
        }
    }

    private static Optional<Download> first(PreparedStatement s) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            return r.next() ? read(r) : Optional.empty();
        }
    }

    private static Optional<Download> read(ResultSet r) throws SQLException {
        Optional<DataSelection> selection = DataSelection.decode(r.getString(7));
        if (selection.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Download(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                r.getTimestamp(5).toInstant(), r.getString(6), selection.get()));
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
