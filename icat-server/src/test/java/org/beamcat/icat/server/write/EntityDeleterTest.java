package org.beamcat.icat.server.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.entity.EntityBase;
import org.beamcat.icat.server.persistence.CatalogueDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** DELETE entityManager on H2: cascades in the database, missing ids, authorization, all-or-nothing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntityDeleterTest {

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
    void seed() throws IcatServerException {
        seed = Seed.store(db);
        writes.write("{\"Dataset\":{\"id\":" + seed.dataset + ",\"parameters\":[{\"type\":{\"id\":" + seed.energy
                + "},\"numericValue\":20}],\"datafiles\":[{\"name\":\"a\",\"parameters\":[{\"type\":{\"id\":"
                + seed.energy + "},\"numericValue\":21}]},{\"name\":\"b\"}]}}");
    }

    @Test
    void deletingADatasetTakesItsDescendantsAlong() throws IcatServerException {
        writes.delete("[{\"Dataset\":{\"id\":" + seed.dataset + "}}]");
        assertEquals(0, writes.count("SELECT COUNT(d) FROM Dataset d WHERE d.id = ?1", seed.dataset));
        assertEquals(0, writes.count("SELECT COUNT(f) FROM Datafile f WHERE f.name IN ('a', 'b') AND f.createId = ?1"
                + " AND f.dataset.investigation.id = ?2", "simple/alice", seed.investigation));
        assertEquals(0, writes.count("SELECT COUNT(p) FROM DatasetParameter p WHERE p.type.id = ?1", seed.energy));
        assertEquals(0, writes.count("SELECT COUNT(p) FROM DatafileParameter p WHERE p.type.id = ?1", seed.energy));
        assertEquals(1, writes.count("SELECT COUNT(i) FROM Investigation i WHERE i.id = ?1", seed.investigation));
    }

    @Test
    void deletingTheFacilityCascadesThroughTheWholeTree() throws IcatServerException {
        writes.delete("{\"Facility\":{\"id\":" + seed.facility + "}}");
        assertEquals(0, writes.count("SELECT COUNT(i) FROM Investigation i WHERE i.id = ?1", seed.investigation));
        assertEquals(0, writes.count("SELECT COUNT(t) FROM ParameterType t WHERE t.id = ?1", seed.energy));
        assertEquals(0, writes.count("SELECT COUNT(v) FROM PermissibleStringValue v WHERE v.type.id = ?1",
                seed.definition));
    }

    @Test
    void aMissingIdIsNoSuchObjectFoundAndNothingIsDeleted() {
        IcatServerException e = assertThrows(IcatServerException.class, () -> writes.delete(
                "[{\"Investigation\":{\"id\":" + seed.investigation + "}},{\"Dataset\":{\"id\":42}}]"));
        assertEquals(IcatErrorType.NO_SUCH_OBJECT_FOUND, e.type());
        assertEquals("Dataset[id:42] not found.", e.getMessage());
        assertEquals(1, e.offset());
        assertEquals(1, writes.count("SELECT COUNT(i) FROM Investigation i WHERE i.id = ?1", seed.investigation));
    }

    @Test
    void theAuthorizerIsAskedForEveryNamedRowAndCanRefuse() throws IcatServerException {
        long other = writes.write("{\"Dataset\":{\"name\":\"other\",\"investigation\":{\"id\":" + seed.investigation
                + "},\"type\":{\"id\":" + seed.datasetType + "}}}").get(0);
        List<String> seen = new ArrayList<>();
        WriteAuthorizer refusesOther = (caller, operation, entity) -> {
            seen.add(operation + " " + entity);
            if (entity.getId() == other) {
                throw WriteAuthorizer.refusal(operation, entity);
            }
        };
        IcatServerException e = assertThrows(IcatServerException.class, () -> writes.delete(
                "[{\"Dataset\":{\"id\":" + seed.dataset + "}},{\"Dataset\":{\"id\":" + other + "}}]", refusesOther,
                WriteSettings.defaults()));
        assertEquals(IcatErrorType.INSUFFICIENT_PRIVILEGES, e.type());
        assertEquals("DELETE access to this Dataset is not allowed.", e.getMessage());
        assertEquals(1, e.offset());
        assertEquals(List.of("DELETE Dataset:" + seed.dataset, "DELETE Dataset:" + other), seen);
        assertEquals(2, writes.count("SELECT COUNT(d) FROM Dataset d WHERE d.investigation.id = ?1",
                seed.investigation));
    }

    @Test
    void cascadedDescendantsAreCheckedPerChunkBeforeAnythingIsDeleted() throws IcatServerException {
        long other = writes.write("{\"Dataset\":{\"name\":\"other\",\"investigation\":{\"id\":" + seed.investigation
                + "},\"type\":{\"id\":" + seed.datasetType + "}}}").get(0);
        List<String> asked = new ArrayList<>();
        WriteAuthorizer refusesOthersDatafiles = new WriteAuthorizer() {
            @Override
            public void check(Caller caller, WriteOperation operation, EntityBase entity) {
            }

            @Override
            public void checkCascadedDeletes(Caller caller, String entity, List<Long> ids)
                    throws IcatServerException {
                asked.add(entity + ids);
                if (ids.contains(other)) {
                    throw new IcatServerException(IcatErrorType.INSUFFICIENT_PRIVILEGES,
                            "DELETE access to this Datafile is not allowed.", ids.indexOf(other));
                }
            }
        };
        IcatServerException e = assertThrows(IcatServerException.class, () -> writes.delete(
                "[{\"Dataset\":{\"id\":" + seed.dataset + "}},{\"Dataset\":{\"id\":" + other + "}}]",
                refusesOthersDatafiles, WriteSettings.defaults()));
        assertEquals(IcatErrorType.INSUFFICIENT_PRIVILEGES, e.type());
        assertEquals("DELETE access to this Datafile is not allowed.", e.getMessage());
        assertEquals(1, e.offset());
        assertEquals(List.of("Dataset" + List.of(seed.dataset, other)), asked);
        assertEquals(2, writes.count("SELECT COUNT(d) FROM Dataset d WHERE d.investigation.id = ?1",
                seed.investigation), "nothing deleted");
    }

    @Test
    void refusesMoreThanMaxEntities() {
        IcatServerException e = assertThrows(IcatServerException.class, () -> writes.delete(
                "[{\"Dataset\":{\"id\":1}},{\"Dataset\":{\"id\":2}}]", WriteAuthorizer.ROOT,
                WriteSettings.defaults().withMaxEntities(1)));
        assertEquals("attempt to process more than 1 entities", e.getMessage());
    }
}
