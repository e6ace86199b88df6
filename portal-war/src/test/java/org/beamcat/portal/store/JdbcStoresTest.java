package org.beamcat.portal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.beamcat.portal.cart.CartItem;
import org.beamcat.portal.cart.ItemKind;
import org.beamcat.portal.cart.adapters.JdbcCartStore;
import org.beamcat.portal.downloads.DataSelection;
import org.beamcat.portal.downloads.Download;
import org.beamcat.portal.downloads.adapters.JdbcDownloadStore;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The portal's tables on H2 (./run.sh's database), migrated beside another application's Flyway history. */
class JdbcStoresTest {

    private static JdbcDataSource h2(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    @Test
    void theMigrationKeepsItsOwnHistoryBesideTheCatalogues() throws Exception {
        JdbcDataSource ds = h2("history");
        try (Connection c = ds.getConnection()) {
            c.createStatement().execute("CREATE TABLE \"flyway_schema_history\" (x INT)"); // the catalogue's
        }
        assertEquals(1, PortalSchema.migrate(ds).migrationsExecuted);
        assertEquals(0, PortalSchema.migrate(ds).migrationsExecuted, "a second start changes nothing");
        try (Connection c = ds.getConnection();
                ResultSet r = c.getMetaData().getTables(null, null, "%", null)) {
            StringBuilder names = new StringBuilder();
            while (r.next()) {
                names.append(r.getString("TABLE_NAME")).append(' ');
            }
            String all = names.toString().toLowerCase();
            assertTrue(all.contains("portal_schema_history") && all.contains("portal_cart_item")
                    && all.contains("portal_download"), all);
        }
    }

    @Test
    void cartsAndDownloadsPersistPerUser() {
        JdbcDataSource ds = h2("stores");
        PortalSchema.migrate(ds);
        JdbcCartStore carts = new JdbcCartStore(ds, Clock.systemUTC());
        CartItem dataset = new CartItem(ItemKind.DATASET, 20, "scan", 10, 0);
        CartItem file = new CartItem(ItemKind.DATAFILE, 30, "f.h5", 10, 21);
        carts.add("simple/alice", dataset);
        carts.add("simple/alice", dataset); // a second tab: still one
        carts.add("simple/alice", file);
        assertEquals(List.of(dataset, file), carts.items("simple/alice"));
        assertTrue(carts.items("simple/bob").isEmpty());
        carts.remove("simple/alice", List.of(dataset));
        assertEquals(List.of(file), new JdbcCartStore(ds, Clock.systemUTC()).items("simple/alice"));
        carts.clear("simple/alice");
        assertTrue(carts.items("simple/alice").isEmpty());

        JdbcDownloadStore downloads = new JdbcDownloadStore(ds);
        DataSelection selection = new DataSelection(List.of(), List.of(20L), List.of(30L));
        Download first = downloads.save("simple/alice", "cart", "p-1", Instant.parse("2026-12-07T10:00:00Z"), "1 dataset", selection);
        Download second = downloads.save("simple/alice", "again", "p-2", Instant.parse("2026-12-07T11:00:00Z"), "x", selection);
        assertEquals(selection, first.selection());
        assertEquals(List.of(second, first), downloads.of("simple/alice", 10));
        assertEquals(List.of(second), downloads.of("simple/alice", 1));
        assertTrue(downloads.find("simple/bob", first.id()).isEmpty());
        assertEquals(first, downloads.find("simple/alice", first.id()).orElseThrow());
    }
}
