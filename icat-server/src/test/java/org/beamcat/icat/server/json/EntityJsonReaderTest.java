package org.beamcat.icat.server.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.entity.ParameterValueType;
import org.junit.jupiter.api.Test;

class EntityJsonReaderTest {

    private final EntityJsonReader reader = new EntityJsonReader(EntityAccessors.ofIcatEntities(),
            new IcatDateFormat(ZoneOffset.UTC));

    @Test
    void readsTheContractsComposedExample() throws IcatServerException {
        List<EntityDescription> read = reader.readWrites("""
                [{"Investigation":{"name":"RB1234","visitId":"1","title":"Test","facility":{"id":1},"type":{"id":2},
                  "investigationUsers":[{"role":"PI","user":{"id":7}}],
                  "datasets":[{"name":"ds1","type":{"id":3},
                               "datafiles":[{"name":"a.nxs","location":"/data/a.nxs","fileSize":1024}]}]}},
                 {"Facility":{"id":1,"description":"updated"}}]""");
        assertEquals(2, read.size());
        EntityDescription investigation = read.get(0);
        assertTrue(investigation.isCreate());
        assertEquals("Investigation", investigation.entity().name());
        assertEquals(1L, ((ReferenceValue) investigation.value("facility").orElseThrow()).target().id());
        NewChildren datasets = (NewChildren) investigation.value("datasets").orElseThrow();
        NewChildren datafiles = (NewChildren) datasets.children().get(0).value("datafiles").orElseThrow();
        assertEquals(1024L, ((AttributeValue) datafiles.children().get(0).value("fileSize").orElseThrow()).value());
        assertEquals(4, investigation.objectCount()); // itself, the user link, the dataset, the datafile
        EntityDescription facility = read.get(1);
        assertEquals(1L, facility.id());
        assertEquals("updated", ((AttributeValue) facility.value("description").orElseThrow()).value());
    }

    @Test
    void convertsEveryValueType() throws IcatServerException {
        EntityDescription type = reader.readWrites("""
                {"ParameterType":{"name":"e","valueType":"numeric","minimumNumericValue":5,"enforced":true,
                 "description":null}}""").get(0);
        assertEquals(ParameterValueType.NUMERIC, value(type, "valueType"));
        assertEquals(5.0, value(type, "minimumNumericValue"));
        assertEquals(Boolean.TRUE, value(type, "enforced"));
        assertNull(value(type, "description"));
        EntityDescription facility = reader.readWrites("{\"Facility\":{\"daysUntilRelease\":90}}").get(0);
        assertEquals(90, value(facility, "daysUntilRelease"));
        EntityDescription dataset = reader.readWrites(
                "{\"Dataset\":{\"startDate\":\"2024-03-01T11:15:00.123+01:00\",\"sample\":null}}").get(0);
        assertEquals(new Date(1_709_288_100_123L), value(dataset, "startDate"));
        assertNull(((ReferenceValue) dataset.value("sample").orElseThrow()).target());
    }

    @Test
    void aToOneWithMembersBesidesItsIdIsAnUpdateOfThatRow() throws IcatServerException {
        EntityDescription dataset = reader.readWrites(
                "{\"Dataset\":{\"name\":\"d\",\"investigation\":{\"id\":5,\"summary\":\"s\"}}}").get(0);
        EntityDescription investigation = ((ReferenceValue) dataset.value("investigation").orElseThrow()).target();
        assertEquals(5L, investigation.id());
        assertEquals("s", value(investigation, "summary"));
        assertEquals(2, dataset.objectCount());
    }

    @Test
    void readsDeletes() throws IcatServerException {
        List<EntityId> ids = reader.readDeletes("[{\"Dataset\":{\"id\":77}},{\"Facility\":{\"id\":14}}]");
        assertEquals("[Dataset[id:77], Facility[id:14]]", ids.toString());
        assertEquals("[Dataset[id:77]]", reader.readDeletes("{\"Dataset\":{\"id\":77}}").toString());
    }

    @Test
    void refusesWhatTheContractRefuses() {
        refused(null, "entities is not set", -1);
        refused(" ", "entities is not set", -1);
        refused("[{\"Facility\":{\"name\":\"a\"}}, {\"Dataset\":[]}]",
                "Unexpected array found in JSON {\"Dataset\":[]}", 1);
        refused("{\"Facility\":{\"name\":\"a\"},\"Dataset\":{}}",
                "Each entity must be a JSON object with exactly one key, the entity name, not [Facility, Dataset]", 0);
        refused("[{\"Facility\":{}},{\"Dataset\":{}},{\"Datafile\":{}},{\"Rubbish\":{}}]",
                "Rubbish is not an ICAT entity", 3);
        refused("[{\"Facility\":{}},{\"Dataset\":{\"nam\":\"x\"}}]", "Field nam not found in Dataset", 1);
        refused("{\"Dataset\":{\"createId\":\"me\"}}",
                "Field createId of Dataset is set by the server and cannot be given", 0);
        refused("{\"Dataset\":{\"investigation\":{\"name\":\"x\"}}}",
                "One to many related objects should not have the id value set: {\"name\":\"x\"}", 0);
        refused("{\"Dataset\":{\"datafiles\":[{\"id\":4}]}}",
                "Many to one related objects should have the id value set: {\"id\":4}", 0);
        refused("{\"Dataset\":{\"investigation\":5}}", "Badly formatted relationship object", 0);
        refused("{\"Dataset\":{\"datafiles\":{\"name\":\"x\"}}}", "Badly formatted relationship object", 0);
        refused("[{\"Facility\":{}},{\"Dataset\":{\"datafiles\":[{\"nme\":\"x\"}]}}]",
                "Field nme not found in Datafile", 1);
        refused("[5]", "entities must be a JSON object or an array of JSON objects, not 5", 0);
    }

    @Test
    void refusesValuesOfTheWrongType() {
        refused("{\"Dataset\":{\"name\":5}}", "Dataset.name must be a JSON string, not NUMBER", 0);
        refused("{\"Datafile\":{\"fileSize\":1.5}}", "Datafile.fileSize must be an integral JSON number, not 1.5", 0);
        refused("{\"Facility\":{\"daysUntilRelease\":3000000000}}",
                "Facility.daysUntilRelease is out of range: 3000000000", 0);
        refused("{\"Dataset\":{\"complete\":\"true\"}}", "Dataset.complete must be true or false, not \"true\"", 0);
        refused("{\"ParameterType\":{\"minimumNumericValue\":\"5\"}}",
                "ParameterType.minimumNumericValue must be a JSON number, not STRING", 0);
        refused("[{\"Facility\":{}},{\"Dataset\":{\"startDate\":\"2024-03-01T10:15:00Z\"}}]",
                "Badly formatted date \"2024-03-01T10:15:00Z\" for Dataset.startDate: the format is "
                        + "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", 1);
        refused("{\"ParameterType\":{\"valueType\":\"TEXT\"}}",
                "ParameterType.valueType must be one of [DATE_AND_TIME, NUMERIC, STRING], not \"TEXT\"", 0);
        refused("{\"Dataset\":{\"id\":\"7\"}}", "Dataset.id must be an integral JSON number, not \"7\"", 0);
    }

    @Test
    void refusesMalformedJsonWithTheParsersMessage() {
        IcatServerException e = assertThrows(IcatServerException.class, () -> reader.readWrites("rubbish"));
        assertEquals(IcatErrorType.BAD_PARAMETER, e.type());
        assertTrue(e.getMessage().endsWith(" in json rubbish"), e.getMessage());
    }

    @Test
    void refusesDeletesThatSayMoreThanTheId() {
        IcatServerException e = assertThrows(IcatServerException.class,
                () -> reader.readDeletes("[{\"Dataset\":{\"id\":1}},{\"Dataset\":{\"id\":2,\"name\":\"x\"}}]"));
        assertEquals(1, e.offset());
        assertEquals(IcatErrorType.BAD_PARAMETER, e.type());
        e = assertThrows(IcatServerException.class, () -> reader.readDeletes("{\"Dataset\":{}}"));
        assertEquals(0, e.offset());
    }

    private void refused(String json, String message, int offset) {
        IcatServerException e = assertThrows(IcatServerException.class, () -> reader.readWrites(json), json);
        assertEquals(IcatErrorType.BAD_PARAMETER, e.type(), json);
        assertEquals(message, e.getMessage(), json);
        assertEquals(offset, e.offset(), json);
    }

    private static Object value(EntityDescription description, String field) {
        return ((AttributeValue) description.value(field).orElseThrow()).value();
    }
}
