package org.beamcat.icat.server.search;

import static org.beamcat.icat.server.search.RuleFixture.ALICE;
import static org.beamcat.icat.server.search.RuleFixture.BOB;
import static org.beamcat.icat.server.search.RuleFixture.CAROL;
import static org.beamcat.icat.server.search.RuleFixture.ROOT;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.server.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.authz.Operation;
import org.beamcat.icat.server.authz.RuleWriteAccessChecker;
import org.beamcat.icat.server.authz.WriteAccessChecker;
import org.beamcat.icat.server.entity.Dataset;
import org.beamcat.icat.server.entity.DatasetType;
import org.beamcat.icat.server.entity.Facility;
import org.beamcat.icat.server.entity.Investigation;
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
        checker = new RuleWriteAccessChecker(catalogue.rules, em);
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
