package org.beamcat.portal.cart.adapters;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.beamcat.portal.cart.CartItem;
import org.beamcat.portal.cart.CartStore;
import org.beamcat.portal.cart.ItemKind;
import org.beamcat.portal.store.StoreFailure;

/** {@link CartStore} in the portal's table {@code portal_cart_item} (db/portal migrations), plain JDBC with bound values. */
public class JdbcCartStore implements CartStore {

    private final DataSource dataSource;
    private final Clock clock;

    public JdbcCartStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public List<CartItem> items(String userName) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT kind, entity_id, name, investigation_id, dataset_id"
                        + " FROM portal_cart_item WHERE user_name = ? ORDER BY added_at, kind, entity_id")) {
            s.setString(1, userName);
            List<CartItem> items = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ItemKind.parse(r.getString(1)).ifPresent(kind -> {
                        try {
                            items.add(new CartItem(kind, r.getLong(2), r.getString(3), r.getLong(4), r.getLong(5)));
                        } catch (SQLException e) {
                            throw new StoreFailure("reading the cart", e);
                        }
                    });
                }
            }
            return items;
        } catch (SQLException e) {
            throw new StoreFailure("reading the cart", e);
        }
    }

    @Override
    public void add(String userName, CartItem item) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("INSERT INTO portal_cart_item (user_name, kind, entity_id, name,"
                        + " investigation_id, dataset_id, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, userName);
            s.setString(2, item.kind().formValue());
            s.setLong(3, item.id());
            s.setString(4, item.name().length() > 255 ? item.name().substring(0, 255) : item.name());
            s.setLong(5, item.investigationId());
            s.setLong(6, item.datasetId());
            s.setTimestamp(7, Timestamp.from(clock.instant()));
            s.executeUpdate();
        } catch (SQLException e) {
            // Two tabs adding the same item at once: the primary key keeps one, which is what was asked.
            if (!"23505".equals(e.getSQLState())) {
                throw new StoreFailure("adding to the cart", e);
            }
        }
    }

    @Override
    public void remove(String userName, Collection<CartItem> items) {
        if (items.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "DELETE FROM portal_cart_item WHERE user_name = ? AND kind = ? AND entity_id = ?")) {
            for (CartItem item : items) {
                s.setString(1, userName);
                s.setString(2, item.kind().formValue());
                s.setLong(3, item.id());
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new StoreFailure("removing from the cart", e);
        }
    }

    @Override
    public void clear(String userName) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("DELETE FROM portal_cart_item WHERE user_name = ?")) {
            s.setString(1, userName);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreFailure("clearing the cart", e);
        }
    }
}
