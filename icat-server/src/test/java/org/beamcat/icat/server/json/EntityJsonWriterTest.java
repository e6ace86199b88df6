package org.beamcat.icat.server.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.beamcat.icat.server.entity.Datafile;
import org.beamcat.icat.server.entity.Dataset;
import org.beamcat.icat.server.entity.DatasetParameter;
import org.beamcat.icat.server.entity.EntityBase;
import org.beamcat.icat.server.entity.Facility;
import org.beamcat.icat.server.entity.Investigation;
import org.beamcat.icat.server.entity.InvestigationType;
import org.beamcat.icat.server.entity.ParameterType;
import org.beamcat.icat.server.entity.ParameterValueType;
import org.beamcat.icat.server.model.FieldKind;
import org.beamcat.icat.server.query.include.IncludeGraph;
import org.beamcat.icat.server.query.include.IncludeNode;
import org.junit.jupiter.api.Test;

/** Golden output of the result writer, on entities built in memory (no database involved). */
class EntityJsonWriterTest {

    private static final Date T = new Date(1_709_288_100_123L); // 2024-03-01T10:15:00.123Z
    private static final EntityAccessors ACCESSORS = EntityAccessors.ofIcatEntities();

    private final EntityJsonWriter utc = new EntityJsonWriter(ACCESSORS, new IcatDateFormat(ZoneOffset.UTC));
    private final EntityJsonWriter paris = new EntityJsonWriter(ACCESSORS,
            new IcatDateFormat(ZoneId.of("Europe/Paris")));

    @Test
    void contractExampleInvestigationTypeIncludingItsFacility() {
        Facility facility = stamp(new Facility(), 1);
        facility.setName("TESTFAC");
        facility.setDaysUntilRelease(90);
        InvestigationType type = stamp(new InvestigationType(), 7);
        type.setName("experiment");
        type.setFacility(facility);
        IncludeGraph include = graph("InvestigationType", toOne("facility", "Facility"));

        assertEquals("[{\"InvestigationType\":{" + system(7, "Z") + ",\"facility\":{" + system(1, "Z")
                + ",\"applications\":[],\"datafileFormats\":[],\"datasetTypes\":[],\"daysUntilRelease\":90,"
                + "\"facilityCycles\":[],\"instruments\":[],\"investigationTypes\":[],\"investigations\":[],"
                + "\"name\":\"TESTFAC\",\"parameterTypes\":[],\"sampleTypes\":[]},"
                + "\"investigations\":[],\"name\":\"experiment\"}}]",
                json(out -> utc.writeSearchResult(out, List.of(type), include)));
    }

    @Test
    void withoutIncludeToOneIsLeftOutAndToManyIsEmpty() {
        Dataset dataset = dataset();
        assertEquals("{\"Dataset\":{" + system(42, "+01:00") + ",\"complete\":true,\"dataCollectionDatasets\":[],"
                + "\"datafiles\":[],\"name\":\"scan1\",\"parameters\":[],"
                + "\"startDate\":\"2024-03-01T11:15:00.123+01:00\"}}",
                json(out -> paris.writeEntity(out, dataset, null)));
        assertEquals(json(out -> paris.writeEntity(out, dataset, null)),
                json(out -> paris.writeEntity(out, dataset, graph("Dataset"))));
    }

    @Test
    void includedToManyIsAnArrayOfObjectsAndNaNIsNull() {
        Dataset dataset = dataset();
        IncludeGraph include = graph("Dataset",
                new IncludeNode("datafiles", FieldKind.TO_MANY, "Datafile", List.of()),
                new IncludeNode("parameters", FieldKind.TO_MANY, "DatasetParameter",
                        List.of(toOne("type", "ParameterType"))));

        assertEquals("{\"Dataset\":{" + system(42, "+01:00") + ",\"complete\":true,\"dataCollectionDatasets\":[],"
                + "\"datafiles\":["
                + "{" + system(43, "+01:00") + ",\"dataCollectionDatafiles\":[],\"destDatafiles\":[],"
                + "\"fileSize\":1024,\"location\":\"/data/a.h5\",\"name\":\"a.h5\",\"parameters\":[],"
                + "\"sourceDatafiles\":[]},"
                + "{" + system(44, "+01:00") + ",\"dataCollectionDatafiles\":[],\"destDatafiles\":[],"
                + "\"name\":\"b \\\"quoted\\\" é\",\"parameters\":[],\"sourceDatafiles\":[]}],"
                + "\"name\":\"scan1\",\"parameters\":["
                + "{" + system(45, "+01:00") + ",\"error\":0.5,\"numericValue\":null,\"type\":{" + system(46, "+01:00")
                + ",\"applicableToDataCollection\":false,\"applicableToDatafile\":false,\"applicableToDataset\":true,"
                + "\"applicableToInvestigation\":false,\"applicableToSample\":false,\"dataCollectionParameters\":[],"
                + "\"datafileParameters\":[],\"datasetParameters\":[],\"enforced\":false,"
                + "\"investigationParameters\":[],\"name\":\"energy\",\"permissibleStringValues\":[],"
                + "\"sampleParameters\":[],\"units\":\"keV\",\"valueType\":\"NUMERIC\",\"verified\":false}}],"
                + "\"startDate\":\"2024-03-01T11:15:00.123+01:00\"}}",
                json(out -> paris.writeEntity(out, dataset, include)));
    }

    @Test
    void includedToOneThatIsNullIsLeftOut() {
        Dataset dataset = dataset();
        dataset.setSample(null);
        IncludeGraph include = graph("Dataset", toOne("sample", "Sample"), toOne("investigation", "Investigation"));
        String written = json(out -> utc.writeEntity(out, dataset, include));
        assertEquals(false, written.contains("\"sample\""));
        assertEquals(true, written.contains("\"investigation\":{\"id\":40,"));
    }

    @Test
    void scalarRowsAreBareValues() {
        List<Object> rows = Arrays.asList("ds1", 42L, 7, 2.5, Double.NaN, true, null, T,
                ParameterValueType.DATE_AND_TIME, new BigDecimal("1.50"));
        assertEquals("[\"ds1\",42,7,2.5,null,true,null,\"2024-03-01T10:15:00.123Z\",\"DATE_AND_TIME\",1.50]",
                json(out -> utc.writeSearchResult(out, rows, null)));
    }

    @Test
    void multiItemRowsAreArraysWithEntitiesWrapped() {
        Facility facility = stamp(new Facility(), 1);
        facility.setName("F");
        List<Object> rows = List.of(new Object[] {126L, "another fred"}, new Object[] {facility, null});
        assertEquals("[[126,\"another fred\"],[{\"Facility\":{" + system(1, "Z") + ",\"applications\":[],"
                + "\"datafileFormats\":[],\"datasetTypes\":[],\"facilityCycles\":[],\"instruments\":[],"
                + "\"investigationTypes\":[],\"investigations\":[],\"name\":\"F\",\"parameterTypes\":[],"
                + "\"sampleTypes\":[]}},null]]",
                json(out -> utc.writeSearchResult(out, rows, null)));
    }

    @Test
    void multiItemRowsAsSearchServiceGivesThemAreArraysToo() {
        List<Object> rows = List.of(List.of(7L, "ds1", 2L, 3000L), Arrays.asList(8L, "ds2", 0L, null));
        assertEquals("[[7,\"ds1\",2,3000],[8,\"ds2\",0,null]]", json(out -> utc.writeSearchResult(out, rows, null)));
    }

    @Test
    void aggregatesAreOneElementArrays() {
        assertEquals("[0]", json(out -> utc.writeSearchResult(out, List.of(0L), null)));
        assertEquals("[null]", json(out -> utc.writeSearchResult(out, Arrays.asList((Object) null), null)));
    }

    @Test
    void unknownValueTypesAreRefusedWithIcatsWording() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> json(out -> utc.writeScalar(out, new Object())));
        assertEquals("Don't know how to jsonise java.lang.Object", e.getMessage());
    }

    @Test
    void relationsGivenByTheSearchLayerReplaceTheEntitiesOwn() {
        Dataset dataset = dataset();
        IncludedRelations onlyFirstFile = new IncludedRelations() {
            @Override
            public EntityBase one(EntityBase parent, IncludeNode node) {
                return null; // e.g. not readable
            }

            @Override
            public List<? extends EntityBase> many(EntityBase parent, IncludeNode node) {
                return ((Dataset) parent).getDatafiles().subList(0, 1);
            }
        };
        IncludeGraph include = graph("Dataset", new IncludeNode("datafiles", FieldKind.TO_MANY, "Datafile",
                List.of()), toOne("investigation", "Investigation"));
        String written = json(out -> utc.writeEntity(out, dataset, include, onlyFirstFile));
        assertEquals(true, written.contains("\"a.h5\""));
        assertEquals(false, written.contains("quoted"));
        assertEquals(false, written.contains("\"investigation\""));
    }

    private static Dataset dataset() {
        Facility facility = stamp(new Facility(), 1);
        facility.setName("F");
        Investigation investigation = stamp(new Investigation(), 40);
        investigation.setName("MA1");
        investigation.setFacility(facility);
        Dataset dataset = stamp(new Dataset(), 42);
        dataset.setName("scan1");
        dataset.setComplete(true);
        dataset.setStartDate(T);
        dataset.setInvestigation(investigation);
        Datafile a = stamp(new Datafile(), 43);
        a.setName("a.h5");
        a.setLocation("/data/a.h5");
        a.setFileSize(1024L);
        a.setDataset(dataset);
        Datafile b = stamp(new Datafile(), 44);
        b.setName("b \"quoted\" é");
        b.setDataset(dataset);
        dataset.getDatafiles().addAll(List.of(a, b));
        ParameterType energy = stamp(new ParameterType(), 46);
        energy.setName("energy");
        energy.setUnits("keV");
        energy.setValueType(ParameterValueType.NUMERIC);
        energy.setApplicableToDataset(true);
        DatasetParameter parameter = stamp(new DatasetParameter(), 45);
        parameter.setType(energy);
        parameter.setNumericValue(Double.NaN);
        parameter.setError(0.5);
        parameter.setDataset(dataset);
        dataset.getParameters().add(parameter);
        return dataset;
    }

    private static <T extends EntityBase> T stamp(T entity, long id) {
        entity.setId(id);
        entity.markCreated("simple/alice", T);
        return entity;
    }

    /** The five system fields as {@link #stamp} sets them, in a zone whose offset on 2024-03-01 is given. */
    private static String system(long id, String offset) {
        String time = offset.equals("Z") ? "2024-03-01T10:15:00.123Z" : "2024-03-01T11:15:00.123+01:00";
        return "\"id\":" + id + ",\"createId\":\"simple/alice\",\"createTime\":\"" + time
                + "\",\"modId\":\"simple/alice\",\"modTime\":\"" + time + "\"";
    }

    private static IncludeNode toOne(String field, String entity) {
        return new IncludeNode(field, FieldKind.TO_ONE, entity, List.of());
    }

    private static IncludeGraph graph(String root, IncludeNode... children) {
        return new IncludeGraph(root, List.of(children));
    }

    private static String json(Consumer<JsonGenerator> writing) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = Json.createGenerator(text)) {
            writing.accept(out);
        }
        return text.toString();
    }
}
