package org.beamcat.icat.server.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A migrated catalogue database with the test persistence unit open on it, for tests outside this package (the
 * write and JSON use cases): in-memory H2, or a PostgreSQL database of the test's own. The unit reaches the
 * database through a {@link StatementLog}, so tests can count the SQL a use case sends.
 */
public final class CatalogueDatabase implements AutoCloseable {

    /** Work done in one transaction; may throw the use case's checked exception. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run(EntityManager em) throws E;
    }

    private final TestDatabase database;
    private final StatementLog statements = new StatementLog();
    private final EntityManagerFactory emf;

    private CatalogueDatabase(TestDatabase database) {
        this.database = database;
        SchemaMigrations.migrate(database.dataSource());
        this.emf = Persistence.createEntityManagerFactory(TestPersistenceUnit.NAME, Map.of(
                "jakarta.persistence.nonJtaDataSource", statements.wrap(database.dataSource())));
    }

    /** A new in-memory H2 database (H2's own mode, as Payara's embedded pool opens it). */
    public static CatalogueDatabase h2() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return new CatalogueDatabase(new TestDatabase(url, "sa", "", dataSource));
    }

    /** The PostgreSQL database {@code name}, dropped and recreated (see {@link PostgresTestDatabase}). */
    public static CatalogueDatabase postgres(String name) throws Exception {
        return new CatalogueDatabase(PostgresTestDatabase.recreate(name));
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    /** The database itself, not counted: for a second, independent connection. */
    public DataSource dataSource() {
        return database.dataSource();
    }

    public StatementLog statements() {
        return statements;
    }

    /** Runs {@code work} in a new entity manager and transaction: commits on success, rolls back on any failure. */
    public <T, E extends Exception> T inTransaction(Work<T, E> work) throws E {
        EntityManager em = emf.createEntityManager();
        EntityTransaction transaction = em.getTransaction();
        try {
            transaction.begin();
            T result = work.run(em);
            transaction.commit();
            return result;
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        emf.close();
    }
}
