package org.beamcat.icat.server.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.entity.ParameterValueType;
import org.beamcat.icat.server.json.IcatDateFormat;
import org.beamcat.icat.server.model.AnnotatedEntityModel;
import org.beamcat.icat.server.model.EntityInfo;
import org.beamcat.icat.server.model.FieldInfo;
import org.beamcat.icat.server.soap.bean.Datafile;
import org.beamcat.icat.server.soap.bean.Dataset;
import org.beamcat.icat.server.soap.bean.DatasetType;
import org.beamcat.icat.server.soap.bean.EntityBaseBean;
import org.beamcat.icat.server.soap.bean.Investigation;
import org.beamcat.icat.server.soap.bean.ParameterType;
import org.junit.jupiter.api.Test;

class SoapBeanMapperTest {

    private static final AnnotatedEntityModel MODEL = AnnotatedEntityModel.ofIcatEntities();
    private final SoapBeanMapper mapper = new SoapBeanMapper(MODEL, new IcatDateFormat(ZoneOffset.UTC));

    @Test
    void everyEntityHasABeanWithExactlyItsFields() throws Exception {
        for (String name : MODEL.entityNames()) {
            Class<?> bean = Class.forName(EntityBaseBean.class.getPackageName() + "." + name);
            EntityInfo info = MODEL.entity(name).orElseThrow();
            Set<String> modelFields = new TreeSet<>();
            info.fields().forEach(f -> modelFields.add(f.name()));
            assertEquals(modelFields, new TreeSet<>(mapper.fields(bean).keySet()), name);
            for (FieldInfo field : info.fields()) {
                Class<?> type = mapper.fields(bean).get(field.name()).getType();
                if (field.kind() == org.beamcat.icat.server.model.FieldKind.TO_ONE) {
                    assertEquals(field.targetEntity(), type.getSimpleName(), name + "." + field.name());
                } else if (field.kind() == org.beamcat.icat.server.model.FieldKind.TO_MANY) {
                    assertEquals(List.class, type, name + "." + field.name());
                }
            }
        }
    }

    @Test
    void createCarriesReferencesAndNestedChildrenButNoIdOrServerFields() throws Exception {
        Dataset dataset = new Dataset();
        dataset.setId(99L);
        dataset.setCreateId("someone");
        dataset.setName("ds1");
        dataset.setStartDate(new Date(0));
        dataset.setInvestigation(withId(new Investigation(), 7L));
        dataset.setType(withId(new DatasetType(), 3L));
        Datafile file = new Datafile();
        file.setName("a.h5");
        file.setFileSize(42L);
        dataset.getDatafiles().add(file);
        assertEquals("[{\"Dataset\":{\"complete\":false,\"datafiles\":[{\"fileSize\":42,\"name\":\"a.h5\"}],"
                + "\"investigation\":{\"id\":7},\"name\":\"ds1\",\"startDate\":\"1970-01-01T00:00:00.000Z\","
                + "\"type\":{\"id\":3}}}]", sortedKeys(mapper.forCreate(List.of(dataset))));
    }

    @Test
    void updateSetsEveryAttributeAndReferenceNullsIncludedAndLeavesCollections() throws Exception {
        Dataset dataset = withId(new Dataset(), 5L);
        dataset.setName("renamed");
        dataset.setInvestigation(withId(new Investigation(), 7L));
        dataset.getDatafiles().add(new Datafile());
        String json = mapper.forUpdate(dataset);
        assertTrue(json.contains("\"id\":5"), json);
        assertTrue(json.contains("\"description\":null") && json.contains("\"sample\":null"), json);
        assertTrue(json.contains("\"investigation\":{\"id\":7}"), json);
        assertTrue(!json.contains("datafiles") && !json.contains("modTime"), json);
    }

    @Test
    void deleteNamesOnlyIds() throws Exception {
        Dataset dataset = withId(new Dataset(), 5L);
        dataset.setName("ignored");
        assertEquals("[{\"Dataset\":{\"id\":5}},{\"Datafile\":{}}]",
                mapper.forDelete(List.of(dataset, new Datafile())));
    }

    @Test
    void aBeanThatIsNotAnEntityIsABadParameter() {
        IcatServerException e = assertThrows(IcatServerException.class, () -> mapper.entityName(null));
        assertEquals(IcatErrorType.BAD_PARAMETER, e.type());
    }

    @Test
    void searchAnswersBecomeBeansAndScalars() throws Exception {
        List<Object> rows = mapper.searchResult("[{\"Dataset\":{\"id\":1,\"name\":\"ds1\",\"complete\":true,"
                + "\"createTime\":\"2024-03-01T10:15:00.123Z\",\"investigation\":{\"id\":7,\"name\":\"inv\"},"
                + "\"datafiles\":[{\"id\":2,\"name\":\"a\"},{\"id\":3,\"name\":\"b\"}],\"sample\":null}},"
                + "12,2.5,\"text\",true,null]");
        Dataset dataset = assertInstanceOf(Dataset.class, rows.get(0));
        assertEquals("ds1", dataset.getName());
        assertTrue(dataset.isComplete());
        assertEquals(1709288100123L, dataset.getCreateTime().getTime());
        assertEquals("inv", dataset.getInvestigation().getName());
        assertEquals(2, dataset.getDatafiles().size());
        assertEquals(3L, dataset.getDatafiles().get(1).getId());
        assertNull(dataset.getSample());
        assertEquals(List.of(12L, 2.5, "text", true), rows.subList(1, 5));
        assertNull(rows.get(5));
    }

    @Test
    void enumsTravelByName() throws Exception {
        ParameterType type = (ParameterType) mapper.entity("{\"ParameterType\":{\"id\":1,\"valueType\":\"NUMERIC\"}}");
        assertEquals(ParameterValueType.NUMERIC, type.getValueType());
        assertTrue(mapper.forCreate(List.of(type)).contains("\"valueType\":\"NUMERIC\""));
    }

    @Test
    void rowsOfSeveralItemsAreRefused() {
        IcatServerException e = assertThrows(IcatServerException.class, () -> mapper.searchResult("[[1,2]]"));
        assertEquals(IcatErrorType.BAD_PARAMETER, e.type());
    }

    private static <T extends EntityBaseBean> T withId(T bean, long id) {
        bean.setId(id);
        return bean;
    }

    /** The JSON with each object's keys sorted, so the assertion does not depend on field order. */
    private static String sortedKeys(String json) {
        return sort(jakarta.json.Json.createReader(new java.io.StringReader(json)).readValue()).toString();
    }

    private static jakarta.json.JsonValue sort(jakarta.json.JsonValue value) {
        if (value instanceof jakarta.json.JsonObject object) {
            var builder = jakarta.json.Json.createObjectBuilder();
            new TreeSet<>(object.keySet()).forEach(k -> builder.add(k, sort(object.get(k))));
            return builder.build();
        }
        if (value instanceof jakarta.json.JsonArray array) {
            var builder = jakarta.json.Json.createArrayBuilder();
            array.forEach(v -> builder.add(sort(v)));
            return builder.build();
        }
        return value;
    }
}
