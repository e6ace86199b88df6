package org.beamcat.icat.server.search;

import static org.beamcat.icat.server.search.RuleFixture.ALICE;
import static org.beamcat.icat.server.search.RuleFixture.BOB;
import static org.beamcat.icat.server.search.RuleFixture.CAROL;
import static org.beamcat.icat.server.search.RuleFixture.ROOT;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.authz.CascadeDeleteAccess;
import org.beamcat.icat.server.authz.Operation;
import org.beamcat.icat.server.authz.RuleWriteAccessChecker;
import org.beamcat.icat.server.authz.WriteAccessChecker;
import org.beamcat.icat.server.entity.Dataset;
import org.beamcat.icat.server.entity.DatasetType;
import org.beamcat.icat.server.entity.Facility;
import org.beamcat.icat.server.entity.Grouping;
import org.beamcat.icat.server.entity.Rule;
import org.beamcat.icat.server.entity.Investigation;
import org.beamcat.icat.server.model.AnnotatedEntityModel;
import org.beamcat.icat.server.persistence.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Create, update and delete decided by the rules in the database. carol's grouping "staff" has CRUD on the
 * datasets of INV-B; alice may only read INV-A's; nobody but root writes facilities (public for READ only).
 * Every test runs in a transaction that is rolled back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WriteAccessChecks {

    private CatalogueUnderTest catalogue;
    private EntityManager em;
    private WriteAccessChecker checker;

    protected abstract TestDatabase createEmptyDatabase() throws Exception;

    @BeforeAll
    void start() throws Exception {
        catalogue = new CatalogueUnderTest(createEmptyDatabase());
    }

    @AfterAll
    void stop() {
        if (catalogue != null) {
            catalogue.close();
        }
    }

    @BeforeEach
    void begin() {
        em = catalogue.factory.createEntityManager();
        em.getTransaction().begin();
        checker = new RuleWriteAccessChecker(catalogue.rules, em, 2);
    }

    @AfterEach
    void rollBack() {
        em.getTransaction().rollback();
        em.close();
    }

    @Test
    void createIsCheckedAfterInsertAgainstTheNewRow() {
        assertDoesNotThrow(() -> checker.check(CAROL, newDataset("INV-B"), Operation.CREATE));
        assertDenied(CAROL, newDataset("INV-A"), Operation.CREATE, "CREATE access to this Dataset is not allowed.");
        assertDenied(ALICE, newDataset("INV-A"), Operation.CREATE, "CREATE access to this Dataset is not allowed.");
        assertDoesNotThrow(() -> checker.check(ROOT, newDataset("INV-A"), Operation.CREATE));
    }

    @Test
    void createOfManyIsDecidedPerRowInFewQueries() throws Exception {
        // maxIdsInQuery is 2 here: five rows are three chunks; the refusal names the first refused row's index.
        List<Dataset> ofB = List.of(newDataset("INV-B"), newDataset("INV-B"), newDataset("INV-B"));
        assertDoesNotThrow(() -> checker.checkAll(CAROL, ofB, Operation.CREATE));
        List<Dataset> mixed = List.of(newDataset("INV-B"), newDataset("INV-B"), newDataset("INV-B"),
                newDataset("INV-A"), newDataset("INV-B"), newDataset("INV-A"));
        IcatServerException denied = assertThrows(IcatServerException.class,
                () -> checker.checkAll(CAROL, mixed, Operation.CREATE));
        assertEquals(IcatErrorType.INSUFFICIENT_PRIVILEGES, denied.type());
        assertEquals("CREATE access to this Dataset is not allowed.", denied.getMessage());
        assertEquals(3, denied.offset());
        IcatServerException alice = assertThrows(IcatServerException.class,
                () -> checker.checkAll(ALICE, ofB, Operation.CREATE));
        assertEquals(0, alice.offset(), "no CREATE rule at all for alice: the first row is refused");
        assertDoesNotThrow(() -> checker.checkAll(ROOT, mixed, Operation.CREATE));
    }

    @Test
    void updateIsCheckedOnTheChangedObject() {
        Dataset b1 = em.find(Dataset.class, catalogue.fixture.b1.getId());
        b1.setDescription("recalibrated");
        assertDoesNotThrow(() -> checker.check(CAROL, b1, Operation.UPDATE));
        assertDenied(ALICE, b1, Operation.UPDATE, "UPDATE access to this Dataset is not allowed.");
        // Moving B1 into INV-A takes it out of carol's rule: the check sees the state after the change.
        b1.setInvestigation(investigation("INV-A"));
        assertDenied(CAROL, b1, Operation.UPDATE, "UPDATE access to this Dataset is not allowed.");
        Dataset a1 = em.find(Dataset.class, catalogue.fixture.a1.getId());
        a1.setDescription("not hers");
        assertDenied(CAROL, a1, Operation.UPDATE, "UPDATE access to this Dataset is not allowed.");
    }

    @Test
    void deleteIsCheckedBeforeRemoval() {
        Dataset b1 = em.find(Dataset.class, catalogue.fixture.b1.getId());
        assertDoesNotThrow(() -> checker.check(CAROL, b1, Operation.DELETE));
        assertDenied(BOB, b1, Operation.DELETE, "DELETE access to this Dataset is not allowed.");
        Dataset a1 = em.find(Dataset.class, catalogue.fixture.a1.getId());
        assertDenied(CAROL, a1, Operation.DELETE, "DELETE access to this Dataset is not allowed.");
        assertDenied(ALICE, a1, Operation.DELETE, "DELETE access to this Dataset is not allowed.");
    }

    @Test
    void deleteNeedsDeleteOnEveryCascadedDescendant() throws Exception {
        long b1 = catalogue.fixture.b1.getId();
        long b2 = catalogue.fixture.b2.getId();
        CascadeDeleteAccess cascade =
                new CascadeDeleteAccess(catalogue.rules, em, AnnotatedEntityModel.ofIcatEntities());
        // carol may delete B1 itself, but none of its datafile or its parameter: the first type met is refused,
        // with the offset of the target that has it.
        IcatServerException denied = assertThrows(IcatServerException.class,
                () -> cascade.check(CAROL, "Dataset", List.of(b2, b1)));
        assertEquals(IcatErrorType.INSUFFICIENT_PRIVILEGES, denied.type());
        assertEquals("DELETE access to this Datafile is not allowed.", denied.getMessage());
        assertEquals(0, denied.offset(), "B2 has datafiles too and comes first in the request");
        assertDoesNotThrow(() -> cascade.check(ROOT, "Dataset", List.of(b1, b2)));
        assertDoesNotThrow(() -> cascade.check(CAROL, "Datafile", List.of(datafileOf("B1"))), "no descendants");

        // Grant staff DELETE on INV-B's datafiles (concise) and parameters (JPQL): now the whole tree may go.
        EntityManager admin = catalogue.factory.createEntityManager();
        List<Rule> granted = new ArrayList<>();
        try {
            admin.getTransaction().begin();
            Grouping staff = admin.createQuery("SELECT g FROM Grouping g WHERE g.name = 'staff'", Grouping.class)
                    .getSingleResult();
            granted.add(catalogue.fixture.rule(admin, "D",
                    "Datafile <-> Dataset <-> Investigation [name = 'INV-B']", staff));
            granted.add(catalogue.fixture.rule(admin, "D",
                    "SELECT p FROM DatasetParameter p JOIN p.dataset ds JOIN ds.investigation i WHERE i.name = 'INV-B'",
                    staff));
            admin.getTransaction().commit();
            catalogue.rules.invalidate();
            assertDoesNotThrow(() -> cascade.check(CAROL, "Dataset", List.of(b1, b2)));
            // INV-B's datasets, datafiles and parameters are all carol's to delete; INV-A's datasets are not.
            long invA = catalogue.fixture.invA.getId();
            long invB = catalogue.fixture.invB.getId();
            assertDoesNotThrow(() -> cascade.check(CAROL, "Investigation", List.of(invB)));
            IcatServerException investigation = assertThrows(IcatServerException.class,
                    () -> cascade.check(CAROL, "Investigation", List.of(invB, invA)));
            assertEquals("DELETE access to this Dataset is not allowed.", investigation.getMessage());
            assertEquals(1, investigation.offset());
            assertEquals(IcatErrorType.INSUFFICIENT_PRIVILEGES, investigation.type());
        } finally {
            admin.getTransaction().begin();
            for (Rule rule : granted) {
                admin.remove(admin.merge(rule));
            }
            admin.getTransaction().commit();
            admin.close();
            catalogue.rules.invalidate();
        }
        assertThrows(IcatServerException.class, () -> cascade.check(CAROL, "Dataset", List.of(b1)));
    }

    private long datafileOf(String datasetName) {
        return em.createQuery("SELECT MIN(df.id) FROM Datafile df WHERE df.dataset.name = :n", Long.class)
                .setParameter("n", datasetName).getSingleResult();
    }

    @Test
    void aPublicTableIsPublicForReadingOnly() {
        Facility facility = em.find(Facility.class, catalogue.fixture.facility.getId());
        assertDoesNotThrow(() -> checker.check(BOB, facility, Operation.READ));
        facility.setDescription("vandalised");
        assertDenied(BOB, facility, Operation.UPDATE, "UPDATE access to this Facility is not allowed.");
        assertDenied(BOB, facility, Operation.DELETE, "DELETE access to this Facility is not allowed.");
    }

    private void assertDenied(Caller caller, Object entity, Operation operation, String message) {
        IcatServerException denied = assertThrows(IcatServerException.class,
                () -> checker.check(caller, entity, operation));
        assertEquals(IcatErrorType.INSUFFICIENT_PRIVILEGES, denied.type());
        assertEquals(message, denied.getMessage());
    }

    private Dataset newDataset(String investigationName) {
        Dataset dataset = catalogue.fixture.stamp(new Dataset());
        dataset.setName("new-" + System.nanoTime());
        dataset.setInvestigation(investigation(investigationName));
        dataset.setType(em.find(DatasetType.class, catalogue.fixture.raw.getId()));
        em.persist(dataset);
        return dataset;
    }

    private Investigation investigation(String name) {
        return em.createQuery("SELECT i FROM Investigation i WHERE i.name = :name", Investigation.class)
                .setParameter("name", name).getSingleResult();
    }
}
