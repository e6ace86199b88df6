package org.beamcat.icat.server.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.beamcat.icat.server.entity.DataCollection;
import org.beamcat.icat.server.entity.Dataset;
import org.beamcat.icat.server.entity.DatasetParameter;
import org.beamcat.icat.server.entity.Facility;
import org.beamcat.icat.server.entity.IcatEntities;
import org.beamcat.icat.server.entity.Investigation;
import org.beamcat.icat.server.entity.ParameterType;
import org.beamcat.icat.server.entity.Study;
import org.beamcat.icat.server.entity.User;
import org.beamcat.icat.server.model.AnnotatedEntityModel;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The schema checks every supported database must pass: the Flyway migration, the JPA mapping and the
 * entity model agree with each other, and the database keeps ICAT's rules (unique keys, cascading
 * deletes). Subclasses only say how to get an empty database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CatalogueSchemaContract {

    private static final String UNIQUE_VIOLATION = "23505"; // SQLSTATE, the same on H2 and PostgreSQL

    private TestDatabase database;
    private MigrateResult firstMigration;
    private EntityManagerFactory emf;
    private MappingDrift drift;

    /** A new, empty database; called once per test class. */
    protected abstract TestDatabase createEmptyDatabase() throws Exception;

    @BeforeAll
    void migrateEmptyDatabase() throws Exception {
        database = createEmptyDatabase();
        firstMigration = SchemaMigrations.migrate(database.dataSource());
        emf = TestPersistenceUnit.open(database);
        drift = new MappingDrift(AnnotatedEntityModel.ofIcatEntities(), emf,
                DatabaseSchema.read(database.dataSource()));
    }

    @AfterAll
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    @Test
    void migrationCreatesTheSchemaOnceAndIsThenUpToDate() {
        assertTrue(firstMigration.success);
        assertEquals("4", firstMigration.targetSchemaVersion); // V4: the search outbox
        assertEquals(0, SchemaMigrations.migrate(database.dataSource()).migrationsExecuted);
    }

    @Test
    void persistenceUnitManagesExactlyTheIcatEntities() {
        Set<Class<?>> managed = emf.getMetamodel().getEntities().stream().map(EntityType::getJavaType)
                .collect(Collectors.toSet());
        assertEquals(Set.copyOf(IcatEntities.CLASSES), managed);
    }

    @Test
    void everyModelFieldHasAMatchingColumn() {
        assertEquals(List.of(), drift.fieldsWithoutMatchingColumn());
    }

    @Test
    void everyEntityColumnIsMapped() {
        assertEquals(List.of(), drift.columnsWithoutMapping());
    }

    @Test
    void databaseEnforcesEachUniqueKey() {
        assertEquals(List.of(), drift.uniqueKeysNotEnforced());
    }

    @Test
    void everyReferenceCascadesOnDeleteAndIsIndexed() {
        assertEquals(List.of(), drift.referencesWithoutCascadingIndexedForeignKey());
    }

    @Test
    void clientAccessPathsAreIndexed() {
        assertTrue(drift.leadsAnIndex("DATAFILE", "LOCATION"), "Datafile.location");
        assertTrue(drift.leadsAnIndex("DATAFILE", "DATASET_ID"), "a dataset's datafiles");
        assertTrue(drift.leadsAnIndex("DATASET", "INVESTIGATION_ID"), "an investigation's datasets");
        assertTrue(drift.leadsAnIndex("INVESTIGATIONUSER", "USER_ID"), "a user's investigations");
        assertTrue(drift.leadsAnIndex("INVESTIGATIONUSER", "INVESTIGATION_ID"), "an investigation's users");
        assertTrue(drift.leadsAnIndex("USERGROUP", "USER_ID"), "a user's groupings");
        assertTrue(drift.leadsAnIndex("DATASETPARAMETER", "DATASET_ID"), "a dataset's parameters");
        assertTrue(drift.leadsAnIndex("SESSION_", "USERNAME"), "isLoggedIn: a user's sessions");
    }

    @Test
    void persistsAGraphOfEveryEntityAndReadsItBack() {
        CatalogueGraph graph = new CatalogueGraph(250); // more than one id block and one batch
        inTransaction(graph::persist);

        EntityManager em = emf.createEntityManager();
        try {
            for (Class<?> entityClass : IcatEntities.CLASSES) {
                long rows = em.createQuery("SELECT COUNT(e) FROM " + entityClass.getSimpleName() + " e", Long.class)
                        .getSingleResult();
                assertTrue(rows > 0, entityClass.getSimpleName() + " was not stored");
            }
            Dataset dataset = em.find(Dataset.class, graph.dataset.getId());
            assertEquals(graph.dataset.getLocation(), dataset.getLocation());
            assertEquals(CatalogueGraph.START.getTime(), dataset.getStartDate().getTime());
            assertEquals(CatalogueGraph.CREATOR, dataset.getCreateId());
            assertTrue(dataset.isComplete());
            assertEquals(graph.investigation.getId(), dataset.getInvestigation().getId());
            assertEquals(250L, em.createQuery("SELECT COUNT(f) FROM Datafile f WHERE f.dataset.id = :id", Long.class)
                    .setParameter("id", dataset.getId()).getSingleResult());
            DatasetParameter energy = em.createQuery("SELECT p FROM DatasetParameter p"
                    + " WHERE p.dataset.id = :id AND p.type.name = :name", DatasetParameter.class)
                    .setParameter("id", dataset.getId()).setParameter("name", graph.energy.getName())
                    .getSingleResult();
            assertEquals(42.5, energy.getNumericValue());
            assertEquals(0.01, energy.getError());
            assertEquals("principal_experimenter", em.createQuery("SELECT iu.role FROM InvestigationUser iu"
                    + " WHERE iu.user.name = :user AND iu.investigation.id = :id", String.class)
                    .setParameter("user", graph.alice.getName()).setParameter("id", graph.investigation.getId())
                    .getSingleResult());
            assertEquals("IN_PROGRESS", em.find(Study.class, graph.study.getId()).getStatus().name());
        } finally {
            em.close();
        }
    }

    @Test
    void databaseRejectsADuplicateUniqueKey() {
        CatalogueGraph graph = new CatalogueGraph(2);
        inTransaction(graph::persist);

        SQLException duplicateDataset = sqlCause(assertThrows(RuntimeException.class, () -> inTransaction(em -> {
            Dataset again = new Dataset();
            again.markCreated(CatalogueGraph.CREATOR, graph.now);
            again.setName(graph.dataset.getName());
            again.setInvestigation(em.find(Investigation.class, graph.investigation.getId()));
            again.setType(em.find(Dataset.class, graph.dataset.getId()).getType());
            em.persist(again);
        })));
        assertEquals(UNIQUE_VIOLATION, duplicateDataset.getSQLState());

        SQLException duplicateParameter = sqlCause(assertThrows(RuntimeException.class, () -> inTransaction(em -> {
            DatasetParameter again = new DatasetParameter();
            again.markCreated(CatalogueGraph.CREATOR, graph.now);
            again.setDataset(em.find(Dataset.class, graph.dataset.getId()));
            again.setType(em.find(ParameterType.class, graph.energy.getId()));
            again.setNumericValue(1.0);
            em.persist(again);
        })));
        assertEquals(UNIQUE_VIOLATION, duplicateParameter.getSQLState());
    }

    @Test
    void deletingAnInvestigationDeletesItsDatasetsAndDatafiles() {
        CatalogueGraph graph = new CatalogueGraph(20);
        inTransaction(graph::persist);
        long investigationId = graph.investigation.getId();

        inTransaction(em -> em.remove(em.find(Investigation.class, investigationId)));

        EntityManager em = emf.createEntityManager();
        try {
            assertEquals(0L, count(em, "SELECT COUNT(d) FROM Dataset d WHERE d.investigation.id = :id",
                    investigationId));
            assertEquals(0L, count(em, "SELECT COUNT(f) FROM Datafile f WHERE f.dataset.investigation.id = :id",
                    investigationId));
            assertEquals(0L, count(em, "SELECT COUNT(f) FROM Datafile f WHERE f.dataset.id = :id",
                    graph.dataset.getId()));
            assertEquals(0L, count(em, "SELECT COUNT(p) FROM DatasetParameter p WHERE p.dataset.id = :id",
                    graph.dataset.getId()));
            assertEquals(0L, count(em, "SELECT COUNT(u) FROM InvestigationUser u WHERE u.user.id = :id",
                    graph.alice.getId()));
            // References into the deleted tree are gone; what it only referred to stays.
            assertEquals(0L, count(em, "SELECT COUNT(c) FROM DataCollectionDataset c WHERE c.dataCollection.id = :id",
                    graph.collection.getId()));
            assertNotNull(em.find(DataCollection.class, graph.collection.getId()));
            assertNotNull(em.find(Facility.class, graph.facility.getId()));
            assertNotNull(em.find(User.class, graph.alice.getId()));
            assertNotNull(em.find(ParameterType.class, graph.energy.getId()));
        } finally {
            em.close();
        }
    }

    private static long count(EntityManager em, String jpql, long id) {
        return em.createQuery(jpql, Long.class).setParameter("id", id).getSingleResult();
    }

    private void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static SQLException sqlCause(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        throw new AssertionError("no SQLException behind " + thrown, thrown);
    }
}
