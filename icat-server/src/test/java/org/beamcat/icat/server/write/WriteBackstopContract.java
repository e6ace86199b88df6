package org.beamcat.icat.server.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.List;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.entity.Facility;
import org.beamcat.icat.server.persistence.CatalogueDatabase;
import org.beamcat.icat.server.persistence.StatementLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What depends on the database and its driver, checked on each: a createMany of 10,000 datafiles goes out in JDBC
 * batches with a handful of SELECTs (no per-row query), and a unique-key clash that only the database's constraint
 * sees (a concurrent insert) still comes back as OBJECT_ALREADY_EXISTS with ICAT's message and the offset.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WriteBackstopContract {

    private static final int FILES = 10_000;

    private CatalogueDatabase db;
    private Writes writes;

    protected abstract CatalogueDatabase openDatabase() throws Exception;

    @BeforeAll
    void open() throws Exception {
        db = openDatabase();
        writes = new Writes(db);
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void createManyOfTenThousandDatafilesIsBatchedWithoutPerRowQueries() throws IcatServerException {
        Seed seed = Seed.store(db);
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < FILES; i++) {
            json.append(i == 0 ? "" : ",").append("{\"Datafile\":{\"name\":\"scan").append(i)
                    .append(".h5\",\"location\":\"/data/scan").append(i).append(".h5\",\"fileSize\":").append(i)
                    .append(",\"dataset\":{\"id\":").append(seed.dataset).append("}}}");
        }
        json.append(']');
        StatementLog log = db.statements();
        log.reset();

        List<Long> ids = writes.write(json.toString());

        assertEquals(FILES, ids.size());
        for (int i = 1; i < FILES; i++) {
            assertTrue(ids.get(i) > ids.get(i - 1), "ids in request order");
        }
        assertEquals(FILES, log.insertedRows("DATAFILE"));
        long datafileQueries = log.selectsFrom("DATAFILE");
        long allQueries = log.selects();
        // Unique-key check: one query per 500 names. The dataset is looked up once; without Payara's weaving its
        // to-one chain (investigation, facility, types) comes along eagerly, hence the few more.
        assertTrue(datafileQueries <= FILES / 500, "datafile SELECTs: " + datafileQueries);
        assertTrue(allQueries <= FILES / 500 + 10, "all SELECTs: " + allQueries + " " + summary(log));
        assertTrue(log.sequenceCalls() <= FILES / 100 + 1, "id blocks of 100: " + log.sequenceCalls());
        assertTrue(log.insertRoundTrips("DATAFILE") <= FILES / 1000 + 1,
                "INSERT round trips: " + log.insertRoundTrips("DATAFILE"));
        assertEquals(FILES, writes.count("SELECT COUNT(f) FROM Datafile f WHERE f.dataset.id = ?1", seed.dataset));
    }

    @Test
    void aClashOnlyTheDatabaseSeesIsStillObjectAlreadyExists() throws Exception {
        Seed seed = Seed.store(db);
        String raced = "raced-" + seed.tag;
        // The CREATE check of element 0 runs after its flush: another transaction stores element 1's name then.
        WriteAuthorizer concurrentWriter = (caller, operation, entity) -> {
            if (entity instanceof Facility facility && facility.getName().startsWith("first-")) {
                insertFacility(raced);
            }
        };
        IcatServerException e = assertThrows(IcatServerException.class, () -> writes.write(
                "[{\"Facility\":{\"name\":\"first-" + seed.tag + "\"}},{\"Facility\":{\"name\":\"" + raced + "\"}}]",
                concurrentWriter, WriteSettings.defaults().withFlushEvery(1)));
        assertEquals(IcatErrorType.OBJECT_ALREADY_EXISTS, e.type(), e.getMessage());
        assertEquals("Facility exists with name = '" + raced + "'", e.getMessage());
        assertEquals(1, e.offset());
        assertEquals(0, writes.count("SELECT COUNT(f) FROM Facility f WHERE f.name = ?1", "first-" + seed.tag));
    }

    private void insertFacility(String name) {
        try (Connection connection = db.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO FACILITY (ID, CREATE_ID,"
                        + " CREATE_TIME, MOD_ID, MOD_TIME, NAME) VALUES (?, 'other', ?, 'other', ?, ?)")) {
            Timestamp now = new Timestamp(System.currentTimeMillis());
            insert.setLong(1, -System.nanoTime() % 1_000_000_000L - 1); // clear of the sequence's ids
            insert.setTimestamp(2, now);
            insert.setTimestamp(3, now);
            insert.setString(4, name);
            insert.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String summary(StatementLog log) {
        StringBuilder text = new StringBuilder();
        log.executions().stream().filter(StatementLog.Execution::isSelect).limit(40)
                .forEach(e -> text.append("\n  ").append(e.sql(), 0, Math.min(100, e.sql().length())));
        return text.toString();
    }
}
