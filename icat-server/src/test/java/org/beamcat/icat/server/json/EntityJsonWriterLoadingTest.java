package org.beamcat.icat.server.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.PersistenceUnitUtil;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.util.List;
import org.beamcat.icat.server.Caller;
import org.beamcat.icat.server.entity.Dataset;
import org.beamcat.icat.server.model.FieldKind;
import org.beamcat.icat.server.persistence.CatalogueDatabase;
import org.beamcat.icat.server.query.include.IncludeGraph;
import org.beamcat.icat.server.query.include.IncludeNode;
import org.beamcat.icat.server.write.EntityWriter;
import org.beamcat.icat.server.write.WriteAuthorizer;
import org.beamcat.icat.server.write.WriteSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The writer on rows loaded by JPA: it reads what the INCLUDE graph names and loads nothing else. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntityJsonWriterLoadingTest {

    private static final EntityAccessors ACCESSORS = EntityAccessors.ofIcatEntities();
    private final EntityJsonWriter writer = new EntityJsonWriter(ACCESSORS, new IcatDateFormat(ZoneOffset.UTC));
    private CatalogueDatabase db;
    private long dataset;

    @BeforeAll
    void store() throws Exception {
        db = CatalogueDatabase.h2();
        IcatDateFormat dates = new IcatDateFormat(ZoneOffset.UTC);
        EntityJsonReader reader = new EntityJsonReader(ACCESSORS, dates);
        Caller caller = new Caller("simple/root", true);
        String tree = "{\"Facility\":{\"name\":\"F\",\"investigationTypes\":[{\"name\":\"t\"}],"
                + "\"datasetTypes\":[{\"name\":\"raw\"}]}}";
        long facility = db.inTransaction(em -> new EntityWriter(em, ACCESSORS, caller,
                WriteAuthorizer.ROOT,
                WriteSettings.defaults()).write(reader.readWrites(tree))).get(0);
        long type = db.inTransaction(em -> em.createQuery("SELECT t.id FROM DatasetType t WHERE t.facility.id = :f",
                Long.class).setParameter("f", facility).getSingleResult());
        long investigationType = db.inTransaction(em -> em.createQuery(
                "SELECT t.id FROM InvestigationType t WHERE t.facility.id = :f", Long.class)
                .setParameter("f", facility).getSingleResult());
        String investigation = "{\"Investigation\":{\"name\":\"i\",\"visitId\":\"v\",\"title\":\"t\","
                + "\"facility\":{\"id\":" + facility + "},\"type\":{\"id\":" + investigationType + "},"
                + "\"datasets\":[{\"name\":\"d\",\"type\":{\"id\":" + type + "},"
                + "\"datafiles\":[{\"name\":\"a\"},{\"name\":\"b\"}]}]}}";
        db.inTransaction(em -> new EntityWriter(em, ACCESSORS, caller,
                WriteAuthorizer.ROOT,
                WriteSettings.defaults()).write(reader.readWrites(investigation)));
        dataset = db.inTransaction(em -> em.createQuery("SELECT d.id FROM Dataset d WHERE d.name = 'd'", Long.class)
                .getSingleResult());
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void withoutIncludeNoCollectionIsLoadedAndNoQueryIsRun() {
        PersistenceUnitUtil units = db.emf().getPersistenceUnitUtil();
        db.inTransaction(em -> {
            Dataset found = em.find(Dataset.class, dataset);
            db.statements().reset();
            String json = write(found, null);
            assertEquals(0, db.statements().selects(), "queries while writing");
            assertFalse(units.isLoaded(found, "datafiles"));
            assertFalse(units.isLoaded(found, "parameters"));
            assertTrue(json.contains("\"datafiles\":[]"), json);
            return null;
        });
    }

    @Test
    void anIncludedCollectionIsLoadedAndWritten() {
        PersistenceUnitUtil units = db.emf().getPersistenceUnitUtil();
        db.inTransaction(em -> {
            Dataset found = em.find(Dataset.class, dataset);
            String json = write(found, new IncludeGraph("Dataset",
                    List.of(new IncludeNode("datafiles", FieldKind.TO_MANY, "Datafile", List.of()))));
            assertTrue(units.isLoaded(found, "datafiles"));
            assertFalse(units.isLoaded(found, "parameters"));
            assertTrue(json.contains("\"name\":\"a\""), json);
            assertTrue(json.contains("\"name\":\"b\""), json);
            return null;
        });
    }

    private String write(Dataset found, IncludeGraph include) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = Json.createGenerator(text)) {
            writer.writeEntity(out, found, include);
        }
        return text.toString();
    }
}
