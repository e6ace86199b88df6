package org.beamcat.icat.server.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnnotatedEntityModelTest {

    /** Section 2.3 of the contract: the 38 entities of ICAT 4.7 to 4.11. */
    private static final Set<String> ICAT_4_7_ENTITIES = Set.of("Application", "DataCollection",
            "DataCollectionDatafile", "DataCollectionDataset", "DataCollectionParameter", "Datafile", "DatafileFormat",
            "DatafileParameter", "Dataset", "DatasetParameter", "DatasetType", "Facility", "FacilityCycle", "Grouping",
            "Instrument", "InstrumentScientist", "Investigation", "InvestigationGroup", "InvestigationInstrument",
            "InvestigationParameter", "InvestigationType", "InvestigationUser", "Job", "Keyword", "ParameterType",
            "PermissibleStringValue", "PublicStep", "Publication", "RelatedDatafile", "Rule", "Sample",
            "SampleParameter", "SampleType", "Shift", "Study", "StudyInvestigation", "User", "UserGroup");

    private final EntityModel model = AnnotatedEntityModel.ofIcatEntities();

    @Test
    void hasExactlyTheIcat47Entities() {
        assertEquals(ICAT_4_7_ENTITIES, model.entityNames());
    }

    @Test
    void entityNamesAreCaseSensitive() {
        assertTrue(model.entity("Dataset").isPresent());
        assertTrue(model.entity("dataset").isEmpty());
        assertTrue(model.entity("Session").isEmpty());
    }

    @Test
    void everyEntityHasTheFiveSystemFields() {
        for (String name : model.entityNames()) {
            EntityInfo entity = model.entity(name).orElseThrow();
            assertEquals(new FieldInfo("id", FieldKind.ATTRIBUTE, ValueType.LONG, null, false, 0), field(name, "id"));
            assertEquals(new FieldInfo("createId", FieldKind.ATTRIBUTE, ValueType.STRING, null, true, 255),
                    field(name, "createId"));
            assertEquals(ValueType.TIMESTAMP, field(name, "createTime").valueType());
            assertTrue(entity.field("modId").orElseThrow().required(), name);
            assertTrue(entity.field("modTime").orElseThrow().required(), name);
        }
    }

    @Test
    void datasetHasItsDatafilesAsToMany() {
        assertEquals(new FieldInfo("datafiles", FieldKind.TO_MANY, null, "Datafile", false, 0),
                field("Dataset", "datafiles"));
        assertEquals(new FieldInfo("investigation", FieldKind.TO_ONE, null, "Investigation", true, 0),
                field("Dataset", "investigation"));
        assertEquals(new FieldInfo("sample", FieldKind.TO_ONE, null, "Sample", false, 0), field("Dataset", "sample"));
    }

    @Test
    void attributesCarryTypeRequiredAndLength() {
        assertEquals(new FieldInfo("location", FieldKind.ATTRIBUTE, ValueType.STRING, null, false, 255),
                field("Datafile", "location"));
        assertEquals(new FieldInfo("name", FieldKind.ATTRIBUTE, ValueType.STRING, null, true, 255),
                field("Datafile", "name"));
        assertEquals(ValueType.LONG, field("Datafile", "fileSize").valueType());
        assertEquals(4000, field("Investigation", "summary").maxLength());
        assertEquals(1024, field("Rule", "what").maxLength());
        assertEquals(4, field("Rule", "crudFlags").maxLength());
        assertEquals(32, field("PublicStep", "field").maxLength());
        assertEquals(511, field("Publication", "fullReference").maxLength());
        assertEquals(ValueType.INTEGER, field("Facility", "daysUntilRelease").valueType());
        assertEquals(ValueType.DOUBLE, field("ParameterType", "minimumNumericValue").valueType());
    }

    @Test
    void primitiveBooleansDefaultToFalseAndAreNotRequired() {
        FieldInfo complete = field("Dataset", "complete");
        assertEquals(ValueType.BOOLEAN, complete.valueType());
        assertFalse(complete.required());
        assertFalse(field("ParameterType", "applicableToDataset").required());
    }

    @Test
    void enumsAreEnumValues() {
        assertEquals(new FieldInfo("valueType", FieldKind.ATTRIBUTE, ValueType.ENUM, null, true, 0),
                field("ParameterType", "valueType"));
        assertEquals(new FieldInfo("status", FieldKind.ATTRIBUTE, ValueType.ENUM, null, false, 0),
                field("Study", "status"));
    }

    @Test
    void parametersInheritTheirValueFieldsAndType() {
        for (String parameter : List.of("InvestigationParameter", "DatasetParameter", "DatafileParameter",
                "SampleParameter", "DataCollectionParameter")) {
            assertEquals(new FieldInfo("type", FieldKind.TO_ONE, null, "ParameterType", true, 0),
                    field(parameter, "type"));
            assertEquals(4000, field(parameter, "stringValue").maxLength());
            assertEquals(ValueType.TIMESTAMP, field(parameter, "dateTimeValue").valueType());
            assertEquals("type", model.entity(parameter).orElseThrow().uniqueKey().get(1));
        }
        assertEquals(FieldKind.TO_MANY, field("ParameterType", "datasetParameters").kind());
    }

    @Test
    void uniqueKeysAreIcats() {
        assertEquals(List.of("investigation", "name"), uniqueKey("Dataset"));
        assertEquals(List.of("dataset", "name"), uniqueKey("Datafile"));
        assertEquals(List.of("facility", "name", "visitId"), uniqueKey("Investigation"));
        assertEquals(List.of("user", "investigation", "role"), uniqueKey("InvestigationUser"));
        assertEquals(List.of("dataset", "type"), uniqueKey("DatasetParameter"));
        assertEquals(List.of("name"), uniqueKey("User"));
        assertEquals(List.of("facility", "name", "units"), uniqueKey("ParameterType"));
        for (String free : List.of("DataCollection", "Job", "Publication", "Rule", "Study")) {
            assertEquals(List.of(), uniqueKey(free), free);
        }
    }

    @Test
    void everyUniqueKeyFieldIsRequired() {
        for (String name : model.entityNames()) {
            for (String key : uniqueKey(name)) {
                assertTrue(field(name, key).required(), name + "." + key);
            }
        }
    }

    @Test
    void everyToManyHasAnInverseToOne() {
        for (String name : model.entityNames()) {
            for (FieldInfo field : model.entity(name).orElseThrow().fields()) {
                if (field.kind() == FieldKind.TO_MANY) {
                    boolean inverse = model.entity(field.targetEntity()).orElseThrow().fields().stream()
                            .anyMatch(f -> f.kind() == FieldKind.TO_ONE && f.targetEntity().equals(name));
                    assertTrue(inverse, name + "." + field.name());
                }
            }
        }
    }

    @Test
    void fieldsAreListedAlphabetically() {
        List<String> names = model.entity("Sample").orElseThrow().fields().stream().map(FieldInfo::name).toList();
        assertEquals(List.of("createId", "createTime", "datasets", "id", "investigation", "modId", "modTime", "name",
                "parameters", "pid", "type"), names);
    }

    @Test
    void rejectsAUniqueColumnNoFieldMaps() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AnnotatedEntityModel(List.of(BadlyKeyed.class)));
        assertTrue(e.getMessage().contains("NOPE"), e.getMessage());
    }

    private FieldInfo field(String entity, String field) {
        return model.entity(entity).orElseThrow().field(field)
                .orElseThrow(() -> new AssertionError(entity + " has no field " + field));
    }

    private List<String> uniqueKey(String entity) {
        return model.entity(entity).orElseThrow().uniqueKey();
    }

    @Entity
    @Table(name = "BADLYKEYED", uniqueConstraints = @UniqueConstraint(columnNames = {"NAME", "NOPE"}))
    static class BadlyKeyed {
        @Column(name = "NAME", nullable = false)
        String name;
    }
}
