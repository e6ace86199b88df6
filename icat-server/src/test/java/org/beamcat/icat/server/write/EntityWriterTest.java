package org.beamcat.icat.server.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.entity.Datafile;
import org.beamcat.icat.server.entity.Dataset;
import org.beamcat.icat.server.entity.EntityBase;
import org.beamcat.icat.server.entity.Facility;
import org.beamcat.icat.server.entity.Investigation;
import org.beamcat.icat.server.persistence.CatalogueDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** POST entityManager semantics on H2: creates, updates, nested creation, every check and all-or-nothing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntityWriterTest {

    private CatalogueDatabase db;
    private Writes writes;
    private Seed seed;

    @BeforeAll
    void openDatabase() {
        db = CatalogueDatabase.h2();
        writes = new Writes(db);
    }

    @AfterAll
    void closeDatabase() {
        db.close();
    }

    @BeforeEach
    void seed() {
        seed = Seed.store(db);
    }

    @Test
    void createsAndSetsTheSystemFields() throws IcatServerException {
        List<Long> ids = writes.write("{\"Facility\":{\"name\":\"F1-" + seed.tag + "\",\"daysUntilRelease\":90}}");
        assertEquals(1, ids.size());
        Facility facility = writes.find(Facility.class, ids.get(0));
        assertEquals("F1-" + seed.tag, facility.getName());
        assertEquals(90, facility.getDaysUntilRelease());
        assertEquals("simple/alice", facility.getCreateId());
        assertEquals("simple/alice", facility.getModId());
        assertEquals(Writes.NOW.getTime(), facility.getCreateTime().getTime());
        assertEquals(Writes.NOW.getTime(), facility.getModTime().getTime());
    }

    @Test
    void createsWithReferencesAndReturnsTopLevelIdsInOrderSkippingUpdates() throws IcatServerException {
        List<Long> ids = writes.write("[{\"Dataset\":{\"name\":\"d1\",\"investigation\":{\"id\":" + seed.investigation
                + "},\"type\":{\"id\":" + seed.datasetType + "}}},"
                + "{\"Facility\":{\"id\":" + seed.facility + ",\"description\":\"updated\"}},"
                + "{\"Dataset\":{\"name\":\"d2\",\"investigation\":{\"id\":" + seed.investigation
                + "},\"type\":{\"id\":" + seed.datasetType + "}}}]");
        assertEquals(2, ids.size());
        assertEquals("d1", writes.find(Dataset.class, ids.get(0)).getName());
        assertEquals("d2", writes.find(Dataset.class, ids.get(1)).getName());
        assertEquals(1, writes.count("SELECT COUNT(d) FROM Dataset d WHERE d.id = ?1 AND d.investigation.id = ?2",
                ids.get(0), seed.investigation));
        assertEquals("updated", writes.find(Facility.class, seed.facility).getDescription());
        assertEquals(List.of(), writes.write("{\"Facility\":{\"id\":" + seed.facility + ",\"url\":\"u\"}}"));
    }

    @Test
    void createsNestedTrees() throws IcatServerException {
        List<Long> ids = writes.write("{\"Dataset\":{\"name\":\"tree\",\"investigation\":{\"id\":" + seed.investigation
                + "},\"type\":{\"id\":" + seed.datasetType + "},"
                + "\"parameters\":[{\"type\":{\"id\":" + seed.energy + "},\"numericValue\":20}],"
                + "\"datafiles\":[{\"name\":\"a.h5\",\"location\":\"/a\"},"
                + "{\"name\":\"b.h5\",\"parameters\":[{\"type\":{\"id\":" + seed.energy + "},\"numericValue\":7.5}]}]}}");
        long dataset = ids.get(0);
        assertEquals(2, writes.count("SELECT COUNT(f) FROM Datafile f WHERE f.dataset.id = ?1", dataset));
        assertEquals(1, writes.count("SELECT COUNT(p) FROM DatasetParameter p WHERE p.dataset.id = ?1", dataset));
        assertEquals(1, writes.count("SELECT COUNT(p) FROM DatafileParameter p WHERE p.datafile.dataset.id = ?1"
                + " AND p.numericValue = 7.5 AND p.createId = 'simple/alice'", dataset));
    }

    @Test
    void updatesOnlyTheFieldsGiven() throws IcatServerException {
        writes.write("{\"Dataset\":{\"id\":" + seed.dataset + ",\"description\":\"first\",\"location\":\"/x\"}}");
        writes.write("{\"Dataset\":{\"id\":" + seed.dataset + ",\"description\":null,\"complete\":true}}");
        Dataset dataset = writes.find(Dataset.class, seed.dataset);
        assertNull(dataset.getDescription());
        assertEquals("/x", dataset.getLocation());
        assertTrue(dataset.isComplete());
        assertEquals("scan1", dataset.getName());
        assertEquals("simple/seed", dataset.getCreateId());
        assertEquals("simple/alice", dataset.getModId());
    }

    @Test
    void addsChildrenToAnExistingParent() throws IcatServerException {
        assertEquals(List.of(), writes.write("{\"Dataset\":{\"id\":" + seed.dataset
                + ",\"datafiles\":[{\"name\":\"f9\",\"location\":\"x\"}],"
                + "\"parameters\":[{\"type\":{\"id\":" + seed.energy + "},\"numericValue\":20}]}}"));
        assertEquals(1, writes.count("SELECT COUNT(f) FROM Datafile f WHERE f.dataset.id = ?1 AND f.name = 'f9'",
                seed.dataset));
        assertEquals(1, writes.count("SELECT COUNT(p) FROM DatasetParameter p WHERE p.dataset.id = ?1", seed.dataset));
    }

    @Test
    void aReferenceWithMoreMembersUpdatesTheReferencedRow() throws IcatServerException {
        writes.write("{\"Dataset\":{\"name\":\"d\",\"investigation\":{\"id\":" + seed.investigation
                + ",\"summary\":\"changed on the way\"},\"type\":{\"id\":" + seed.datasetType + "}}}");
        assertEquals("changed on the way", writes.find(Investigation.class, seed.investigation).getSummary());
    }

    @Test
    void refusesMissingRequiredFieldsWithIcatsMessages() {
        refused("{\"Facility\":{\"fullName\":\"no name\"}}", IcatErrorType.VALIDATION,
                "Facility: name cannot be null.", 0);
        refused("[{\"Facility\":{\"name\":\"ok-" + seed.tag + "\"}},{\"Dataset\":{\"name\":\"d\",\"type\":{\"id\":"
                + seed.datasetType + "}}}]", IcatErrorType.VALIDATION, "Dataset: investigation cannot be null.", 1);
        refused("{\"Dataset\":{\"id\":" + seed.dataset + ",\"name\":null}}", IcatErrorType.VALIDATION,
                "Dataset: name cannot be null.", 0);
        refused("{\"Dataset\":{\"id\":" + seed.dataset + ",\"complete\":null}}", IcatErrorType.VALIDATION,
                "Dataset: complete cannot be null.", 0);
        refused("{\"Dataset\":{\"id\":" + seed.dataset + ",\"datafiles\":[{\"location\":\"/nameless\"}]}}",
                IcatErrorType.VALIDATION, "Datafile: name cannot be null.", 0);
    }

    @Test
    void refusesStringsLongerThanTheirColumn() {
        refused("{\"Facility\":{\"name\":\"" + "x".repeat(256) + "\"}}", IcatErrorType.VALIDATION,
                "Facility: name cannot have length > 255", 0);
        refused("{\"Facility\":{\"id\":" + seed.facility + ",\"description\":\"" + "x".repeat(1024) + "\"}}",
                IcatErrorType.VALIDATION, "Facility: description cannot have length > 1023", 0);
        refused("{\"PublicStep\":{\"origin\":\"Dataset\",\"field\":\"" + "f".repeat(33) + "\"}}",
                IcatErrorType.VALIDATION, "PublicStep: field cannot have length > 32", 0);
    }

    @Test
    void refusesParametersOfATypeNotApplicableToTheParent() {
        refused("{\"Investigation\":{\"id\":" + seed.investigation + ",\"parameters\":[{\"type\":{\"id\":"
                + seed.energy + "},\"numericValue\":20}]}}", IcatErrorType.VALIDATION,
                "Parameter of type energy is not applicable to a Investigation", 0);
    }

    @Test
    void enforcesRangesAndPermissibleValues() throws IcatServerException {
        String dataset = "{\"Dataset\":{\"id\":" + seed.dataset + ",\"parameters\":[";
        refused(dataset + "{\"type\":{\"id\":" + seed.energy + "},\"numericValue\":150.5}]}}",
                IcatErrorType.VALIDATION, "Parameter of type energy has value 150.5 > 150.0", 0);
        refused(dataset + "{\"type\":{\"id\":" + seed.energy + "},\"numericValue\":4}]}}",
                IcatErrorType.VALIDATION, "Parameter of type energy has value 4.0 < 5.0", 0);
        refused(dataset + "{\"type\":{\"id\":" + seed.energy + "},\"stringValue\":\"high\"}]}}",
                IcatErrorType.VALIDATION, "Parameter of type energy has no numeric value", 0);
        refused(dataset + "{\"type\":{\"id\":" + seed.definition + "},\"stringValue\":\"XRD\"}]}}",
                IcatErrorType.VALIDATION, "Parameter of type definition has value XRD not in [TOMO]", 0);
        writes.write(dataset + "{\"type\":{\"id\":" + seed.definition + "},\"stringValue\":\"TOMO\"},"
                + "{\"type\":{\"id\":" + seed.energy + "},\"numericValue\":150}]}}");
        // Not enforced: any value goes.
        writes.write("{\"Investigation\":{\"id\":" + seed.investigation + ",\"parameters\":[{\"type\":{\"id\":"
                + seed.proposalCount + "},\"numericValue\":-1e9}]}}");
    }

    @Test
    void refusesMoreThanMaxEntitiesCountingNestedObjects() {
        String json = "{\"Dataset\":{\"id\":" + seed.dataset
                + ",\"datafiles\":[{\"name\":\"1\"},{\"name\":\"2\"},{\"name\":\"3\"}]}}";
        IcatServerException e = assertThrows(IcatServerException.class,
                () -> writes.write(json, WriteAuthorizer.ROOT, WriteSettings.defaults().withMaxEntities(3)));
        assertEquals(IcatErrorType.VALIDATION, e.type());
        assertEquals("attempt to process more than 3 entities", e.getMessage());
        assertEquals(0, writes.count("SELECT COUNT(f) FROM Datafile f WHERE f.dataset.id = ?1", seed.dataset));
    }

    @Test
    void refusesKeysThatAreStoredAlready() throws IcatServerException {
        refused("{\"Facility\":{\"name\":\"ESRF-" + seed.tag + "\"}}", IcatErrorType.OBJECT_ALREADY_EXISTS,
                "Facility exists with name = 'ESRF-" + seed.tag + "'", 0);
        writes.write("{\"Datafile\":{\"name\":\"a.h5\",\"dataset\":{\"id\":" + seed.dataset + "}}}");
        refused("[{\"Datafile\":{\"name\":\"b.h5\",\"dataset\":{\"id\":" + seed.dataset + "}}},"
                + "{\"Datafile\":{\"name\":\"a.h5\",\"dataset\":{\"id\":" + seed.dataset + "}}}]",
                IcatErrorType.OBJECT_ALREADY_EXISTS,
                "Datafile exists with dataset = 'id:" + seed.dataset + "', name = 'a.h5'", 1);
        refused("{\"Dataset\":{\"id\":" + seed.dataset + ",\"parameters\":[{\"type\":{\"id\":" + seed.energy
                + "},\"numericValue\":20}]}}", null, null, -2); // first one is fine
        refused("{\"DatasetParameter\":{\"dataset\":{\"id\":" + seed.dataset + "},\"type\":{\"id\":" + seed.energy
                + "},\"numericValue\":21}}", IcatErrorType.OBJECT_ALREADY_EXISTS,
                "DatasetParameter exists with dataset = 'id:" + seed.dataset + "', type = 'id:" + seed.energy + "'", 0);
    }

    @Test
    void refusesDuplicatesWithinOneCall() {
        refused("[{\"Facility\":{\"name\":\"A-" + seed.tag + "\"}},{\"Facility\":{\"name\":\"B-" + seed.tag + "\"}},"
                + "{\"Facility\":{\"name\":\"A-" + seed.tag + "\"}}]", IcatErrorType.OBJECT_ALREADY_EXISTS,
                "Facility exists with name = 'A-" + seed.tag + "'", 2);
        refused("[{\"Facility\":{\"name\":\"C-" + seed.tag + "\"}},{\"Dataset\":{\"name\":\"new\",\"investigation\":{\"id\":"
                + seed.investigation + "},\"type\":{\"id\":" + seed.datasetType + "},"
                + "\"datafiles\":[{\"name\":\"same\"},{\"name\":\"same\"}]}}]", IcatErrorType.OBJECT_ALREADY_EXISTS,
                "Datafile exists with dataset = 'id:null', name = 'same'", 1);
        assertEquals(0, writes.count("SELECT COUNT(f) FROM Facility f WHERE f.name LIKE ?1", "_-" + seed.tag));
    }

    @Test
    void refusesAnUpdateOntoAnotherRowsKey() throws IcatServerException {
        writes.write("{\"Dataset\":{\"name\":\"other\",\"investigation\":{\"id\":" + seed.investigation
                + "},\"type\":{\"id\":" + seed.datasetType + "}}}");
        refused("{\"Dataset\":{\"id\":" + seed.dataset + ",\"name\":\"other\"}}", IcatErrorType.OBJECT_ALREADY_EXISTS,
                "Dataset exists with investigation = 'id:" + seed.investigation + "', name = 'other'", 0);
        // Renaming a row to its own name, or swapping within the call, is no clash.
        writes.write("{\"Dataset\":{\"id\":" + seed.dataset + ",\"name\":\"scan1\"}}");
    }

    @Test
    void refusesReferencesToRowsThatDoNotExist() {
        refused("[{\"Facility\":{\"name\":\"Z-" + seed.tag + "\"}},{\"Dataset\":{\"name\":\"d\",\"investigation\":"
                + "{\"id\":999999999},\"type\":{\"id\":" + seed.datasetType + "}}}]",
                IcatErrorType.NO_SUCH_OBJECT_FOUND, "Investigation[id:999999999] not found.", 1);
        refused("{\"Dataset\":{\"id\":999999998,\"name\":\"x\"}}", IcatErrorType.NO_SUCH_OBJECT_FOUND,
                "Dataset[id:999999998] not found.", 0);
        assertEquals(0, writes.count("SELECT COUNT(f) FROM Facility f WHERE f.name = ?1", "Z-" + seed.tag));
    }

    @Test
    void aBatchWhoseThirdElementIsInvalidWritesNothing() {
        String ok = "{\"Datafile\":{\"name\":\"%s\",\"dataset\":{\"id\":" + seed.dataset + "}}}";
        refused("[" + ok.formatted("1") + "," + ok.formatted("2") + ",{\"Datafile\":{\"dataset\":{\"id\":"
                + seed.dataset + "}}}," + ok.formatted("4") + "]", IcatErrorType.VALIDATION,
                "Datafile: name cannot be null.", 2);
        assertEquals(0, writes.count("SELECT COUNT(f) FROM Datafile f WHERE f.dataset.id = ?1", seed.dataset));
    }

    @Test
    void aRefusalAfterEarlierBatchesWereFlushedStillWritesNothing() {
        String ok = "{\"Datafile\":{\"name\":\"%s\",\"dataset\":{\"id\":" + seed.dataset + "}}}";
        WriteAuthorizer refusesTheThird = (caller, operation, entity) -> {
            if ("3".equals(((Datafile) entity).getName())) {
                throw WriteAuthorizer.refusal(operation, entity);
            }
        };
        IcatServerException e = assertThrows(IcatServerException.class, () -> writes.write(
                "[" + ok.formatted("1") + "," + ok.formatted("2") + "," + ok.formatted("3") + "," + ok.formatted("4")
                        + "]", refusesTheThird, WriteSettings.defaults().withFlushEvery(1)));
        assertEquals(IcatErrorType.INSUFFICIENT_PRIVILEGES, e.type());
        assertEquals("CREATE access to this Datafile is not allowed.", e.getMessage());
        assertEquals(2, e.offset());
        assertEquals(0, writes.count("SELECT COUNT(f) FROM Datafile f WHERE f.dataset.id = ?1", seed.dataset));
    }

    @Test
    void theAuthorizerSeesEveryRowWithItsOperation() throws IcatServerException {
        List<String> seen = new ArrayList<>();
        WriteAuthorizer recording = (caller, operation, entity) -> seen.add(operation + " " + describe(entity)
                + " by " + caller.userName());
        writes.write("[{\"Dataset\":{\"name\":\"seen\",\"investigation\":{\"id\":" + seed.investigation
                + "},\"type\":{\"id\":" + seed.datasetType + "},\"datafiles\":[{\"name\":\"f\"}]}},"
                + "{\"Dataset\":{\"id\":" + seed.dataset + ",\"description\":\"d\"}},"
                + "{\"Dataset\":{\"id\":" + seed.dataset + ",\"investigation\":{\"id\":" + seed.investigation + "}}}]",
                recording, WriteSettings.defaults());
        assertEquals(List.of("UPDATE Dataset scan1 by simple/alice", "UPDATE Dataset scan1 by simple/alice",
                "DELETE Dataset scan1 by simple/alice", "CREATE Dataset seen by simple/alice",
                "CREATE Datafile f by simple/alice", "CREATE Dataset scan1 by simple/alice"), seen);
    }

    private static String describe(EntityBase entity) {
        String name = entity instanceof Dataset d ? d.getName()
                : entity instanceof Datafile f ? f.getName() : "?";
        return entity.getClass().getSimpleName() + " " + name;
    }

    /** Expects the write to fail as given; with a null type, expects it to succeed instead. */
    private void refused(String json, IcatErrorType type, String message, int offset) {
        if (type == null) {
            try {
                writes.write(json);
            } catch (IcatServerException e) {
                throw new AssertionError("unexpected " + e.type() + " " + e.getMessage(), e);
            }
            return;
        }
        IcatServerException e = assertThrows(IcatServerException.class, () -> writes.write(json), json);
        assertEquals(type, e.type(), e.getMessage());
        assertEquals(message, e.getMessage());
        assertEquals(offset, e.offset(), json);
    }
}
