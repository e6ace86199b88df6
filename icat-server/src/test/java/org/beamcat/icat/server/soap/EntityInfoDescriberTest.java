package org.beamcat.icat.server.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.json.IcatDateFormat;
import org.beamcat.icat.server.model.AnnotatedEntityModel;
import org.beamcat.icat.server.soap.info.EntityField;
import org.beamcat.icat.server.soap.info.EntityInfo;
import org.beamcat.icat.server.soap.info.RelType;
import org.junit.jupiter.api.Test;

class EntityInfoDescriberTest {

    private static final AnnotatedEntityModel MODEL = AnnotatedEntityModel.ofIcatEntities();
    private final EntityInfoDescriber describer = new EntityInfoDescriber(MODEL,
            new SoapBeanMapper(MODEL, new IcatDateFormat(ZoneOffset.UTC)));

    @Test
    void datasetIsDescribedAsIcat47DoesIt() throws Exception {
        EntityInfo info = describer.describe("Dataset");
        assertEquals(List.of(List.of("investigation", "name")),
                info.getConstraints().stream().map(c -> c.getFieldNames()).toList());
        Map<String, EntityField> fields = byName(info);
        assertField(fields.get("id"), "Long", RelType.ATTRIBUTE, false, null);
        assertField(fields.get("createId"), "String", RelType.ATTRIBUTE, true, 255);
        assertField(fields.get("createTime"), "Date", RelType.ATTRIBUTE, true, null);
        assertField(fields.get("name"), "String", RelType.ATTRIBUTE, true, 255);
        assertField(fields.get("complete"), "boolean", RelType.ATTRIBUTE, true, null);
        assertField(fields.get("investigation"), "Investigation", RelType.ONE, true, null);
        assertField(fields.get("sample"), "Sample", RelType.ONE, false, null);
        assertField(fields.get("datafiles"), "Datafile", RelType.MANY, false, null);
        assertNull(info.getClassComment());
    }

    @Test
    void everyEntityIsDescribed() throws Exception {
        for (String name : MODEL.entityNames()) {
            EntityInfo info = describer.describe(name);
            assertEquals(MODEL.entity(name).orElseThrow().fields().size(), info.getFields().size(), name);
            assertTrue(byName(info).containsKey("modTime"), name);
        }
        Map<String, EntityField> parameterType = byName(describer.describe("ParameterType"));
        assertEquals("ParameterValueType", parameterType.get("valueType").getType());
        assertField(parameterType.get("enforced"), "boolean", RelType.ATTRIBUTE, false, null);
        assertFalse(describer.describe("DataCollection").getConstraints().iterator().hasNext());
    }

    @Test
    void parameterIsDescribedWithTheFieldsEveryParameterShares() throws Exception {
        EntityInfo info = describer.describe("Parameter");
        assertEquals(java.util.Set.of("id", "createId", "createTime", "modId", "modTime", "type", "stringValue",
                "numericValue", "dateTimeValue", "rangeTop", "rangeBottom", "error"), byName(info).keySet());
        assertField(byName(info).get("type"), "ParameterType", RelType.ONE, true, null);
        assertEquals(List.of(), info.getConstraints());
    }

    @Test
    void anUnknownNameIsABadParameter() {
        IcatServerException e = assertThrows(IcatServerException.class, () -> describer.describe("Nonsense"));
        assertEquals(IcatErrorType.BAD_PARAMETER, e.type());
        assertEquals("Nonsense is not an ICAT entity", e.getMessage());
    }

    private static Map<String, EntityField> byName(EntityInfo info) {
        return info.getFields().stream().collect(Collectors.toMap(EntityField::getName, Function.identity()));
    }

    private static void assertField(EntityField field, String type, RelType relType, boolean notNullable,
            Integer stringLength) {
        assertEquals(type, field.getType(), field.getName());
        assertEquals(relType, field.getRelType(), field.getName());
        assertEquals(notNullable, field.isNotNullable(), field.getName());
        assertEquals(stringLength, field.getStringLength(), field.getName());
    }
}
