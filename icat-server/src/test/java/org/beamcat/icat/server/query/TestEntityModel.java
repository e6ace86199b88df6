package org.beamcat.icat.server.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beamcat.icat.server.model.EntityInfo;
import org.beamcat.icat.server.model.EntityModel;
import org.beamcat.icat.server.model.FieldInfo;
import org.beamcat.icat.server.model.FieldKind;
import org.beamcat.icat.server.model.ValueType;

/**
 * A hand-built slice of the ICAT 4.7 schema (contract 2.4) for query tests, independent of the JPA entities.
 * Only the entities and fields the tests need; names are ICAT's.
 */
public final class TestEntityModel implements EntityModel {

    public static final TestEntityModel ICAT = build();

    private final Map<String, EntityInfo> entities;

    private TestEntityModel(Map<String, EntityInfo> entities) {
        this.entities = entities;
    }

    @Override
    public Optional<EntityInfo> entity(String name) {
        return Optional.ofNullable(entities.get(name));
    }

    @Override
    public Set<String> entityNames() {
        return entities.keySet();
    }

    record TestEntity(String name, Map<String, FieldInfo> fieldMap, List<String> uniqueKey) implements EntityInfo {
        @Override
        public Optional<FieldInfo> field(String fieldName) {
            return Optional.ofNullable(fieldMap.get(fieldName));
        }

        @Override
        public Collection<FieldInfo> fields() {
            return fieldMap.values();
        }
    }

    private static final class EntityBuilder {
        private final String name;
        private final Map<String, FieldInfo> fields = new LinkedHashMap<>();
        private List<String> uniqueKey = List.of();

        EntityBuilder(String name) {
            this.name = name;
            attribute("id", ValueType.LONG);
            attribute("createId", ValueType.STRING);
            attribute("createTime", ValueType.TIMESTAMP);
            attribute("modId", ValueType.STRING);
            attribute("modTime", ValueType.TIMESTAMP);
        }

        EntityBuilder attribute(String field, ValueType type) {
            fields.put(field, new FieldInfo(field, FieldKind.ATTRIBUTE, type, null, false,
                    type == ValueType.STRING ? 255 : 0));
            return this;
        }

        EntityBuilder strings(String... names) {
            for (String field : names) {
                attribute(field, ValueType.STRING);
            }
            return this;
        }

        EntityBuilder one(String field, String target) {
            fields.put(field, new FieldInfo(field, FieldKind.TO_ONE, null, target, false, 0));
            return this;
        }

        EntityBuilder many(String field, String target) {
            fields.put(field, new FieldInfo(field, FieldKind.TO_MANY, null, target, false, 0));
            return this;
        }

        EntityBuilder unique(String... names) {
            uniqueKey = List.of(names);
            return this;
        }

        TestEntity build() {
            return new TestEntity(name, fields, uniqueKey);
        }
    }

    private static EntityBuilder parameter(String name, String parentField, String parent) {
        return new EntityBuilder(name).one("type", "ParameterType").attribute("stringValue", ValueType.STRING)
                .attribute("numericValue", ValueType.DOUBLE).attribute("dateTimeValue", ValueType.TIMESTAMP)
                .attribute("rangeTop", ValueType.DOUBLE).attribute("rangeBottom", ValueType.DOUBLE)
                .attribute("error", ValueType.DOUBLE).one(parentField, parent).unique(parentField, "type");
    }

    private static TestEntityModel build() {
        List<EntityBuilder> all = new ArrayList<>();
        all.add(new EntityBuilder("Facility").attribute("daysUntilRelease", ValueType.INTEGER)
                .strings("description", "fullName", "name", "url")
                .many("datafileFormats", "DatafileFormat").many("datasetTypes", "DatasetType")
                .many("facilityCycles", "FacilityCycle").many("instruments", "Instrument")
                .many("investigationTypes", "InvestigationType").many("investigations", "Investigation")
                .many("parameterTypes", "ParameterType").many("sampleTypes", "SampleType").unique("name"));
        all.add(new EntityBuilder("FacilityCycle").strings("name", "description")
                .attribute("startDate", ValueType.TIMESTAMP).attribute("endDate", ValueType.TIMESTAMP)
                .one("facility", "Facility"));
        all.add(new EntityBuilder("InvestigationType").strings("name", "description").one("facility", "Facility")
                .many("investigations", "Investigation").unique("name", "facility"));
        all.add(new EntityBuilder("Investigation").strings("doi", "name", "summary", "title", "visitId")
                .attribute("startDate", ValueType.TIMESTAMP).attribute("endDate", ValueType.TIMESTAMP)
                .attribute("releaseDate", ValueType.TIMESTAMP)
                .one("facility", "Facility").one("type", "InvestigationType")
                .many("datasets", "Dataset").many("investigationUsers", "InvestigationUser")
                .many("investigationInstruments", "InvestigationInstrument")
                .many("investigationGroups", "InvestigationGroup").many("keywords", "Keyword")
                .many("parameters", "InvestigationParameter").many("samples", "Sample").many("shifts", "Shift")
                .unique("facility", "name", "visitId"));
        all.add(new EntityBuilder("InvestigationUser").strings("role").one("investigation", "Investigation")
                .one("user", "User").unique("user", "investigation", "role"));
        all.add(new EntityBuilder("InvestigationGroup").strings("role").one("investigation", "Investigation")
                .one("grouping", "Grouping"));
        all.add(new EntityBuilder("User").strings("affiliation", "email", "familyName", "fullName", "givenName",
                "name", "orcidId").many("investigationUsers", "InvestigationUser")
                .many("instrumentScientists", "InstrumentScientist").many("userGroups", "UserGroup").unique("name"));
        all.add(new EntityBuilder("Grouping").strings("name").many("userGroups", "UserGroup")
                .many("investigationGroups", "InvestigationGroup").many("rules", "Rule").unique("name"));
        all.add(new EntityBuilder("UserGroup").one("user", "User").one("grouping", "Grouping")
                .unique("user", "grouping"));
        all.add(new EntityBuilder("Rule").strings("crudFlags", "what").one("grouping", "Grouping"));
        all.add(new EntityBuilder("PublicStep").strings("origin", "field").unique("origin", "field"));
        all.add(new EntityBuilder("Keyword").strings("name").one("investigation", "Investigation"));
        all.add(new EntityBuilder("Shift").strings("comment").attribute("startDate", ValueType.TIMESTAMP)
                .attribute("endDate", ValueType.TIMESTAMP).one("investigation", "Investigation")
                .one("instrument", "Instrument"));
        all.add(new EntityBuilder("Instrument").strings("description", "fullName", "name", "pid", "type", "url")
                .one("facility", "Facility").many("instrumentScientists", "InstrumentScientist")
                .many("investigationInstruments", "InvestigationInstrument").many("shifts", "Shift"));
        all.add(new EntityBuilder("InstrumentScientist").one("instrument", "Instrument").one("user", "User"));
        all.add(new EntityBuilder("InvestigationInstrument").one("instrument", "Instrument")
                .one("investigation", "Investigation"));
        all.add(new EntityBuilder("DatasetType").strings("name", "description").one("facility", "Facility")
                .many("datasets", "Dataset"));
        all.add(new EntityBuilder("Dataset").attribute("complete", ValueType.BOOLEAN)
                .strings("description", "doi", "location", "name").attribute("startDate", ValueType.TIMESTAMP)
                .attribute("endDate", ValueType.TIMESTAMP).one("investigation", "Investigation")
                .one("sample", "Sample").one("type", "DatasetType").many("datafiles", "Datafile")
                .many("parameters", "DatasetParameter").unique("investigation", "name"));
        all.add(new EntityBuilder("Datafile").strings("checksum", "description", "doi", "location", "name")
                .attribute("datafileCreateTime", ValueType.TIMESTAMP)
                .attribute("datafileModTime", ValueType.TIMESTAMP).attribute("fileSize", ValueType.LONG)
                .one("datafileFormat", "DatafileFormat").one("dataset", "Dataset")
                .many("parameters", "DatafileParameter").unique("dataset", "name"));
        all.add(new EntityBuilder("DatafileFormat").strings("description", "name", "type", "version")
                .one("facility", "Facility").many("datafiles", "Datafile"));
        all.add(parameter("DatafileParameter", "datafile", "Datafile"));
        all.add(parameter("DatasetParameter", "dataset", "Dataset"));
        all.add(parameter("InvestigationParameter", "investigation", "Investigation"));
        all.add(parameter("SampleParameter", "sample", "Sample"));
        all.add(new EntityBuilder("ParameterType").strings("description", "name", "units", "unitsFullName")
                .attribute("valueType", ValueType.ENUM).attribute("enforced", ValueType.BOOLEAN)
                .attribute("minimumNumericValue", ValueType.DOUBLE).attribute("maximumNumericValue", ValueType.DOUBLE)
                .attribute("applicableToDatafile", ValueType.BOOLEAN).one("facility", "Facility")
                .many("datafileParameters", "DatafileParameter").many("datasetParameters", "DatasetParameter")
                .many("permissibleStringValues", "PermissibleStringValue"));
        all.add(new EntityBuilder("PermissibleStringValue").strings("value").one("type", "ParameterType"));
        all.add(new EntityBuilder("Sample").strings("name", "pid").one("investigation", "Investigation")
                .one("type", "SampleType").many("datasets", "Dataset").many("parameters", "SampleParameter"));
        all.add(new EntityBuilder("SampleType").strings("molecularFormula", "name", "safetyInformation")
                .one("facility", "Facility").many("samples", "Sample"));
        all.add(new EntityBuilder("Study").strings("name", "description").attribute("status", ValueType.ENUM)
                .attribute("startDate", ValueType.TIMESTAMP).one("user", "User"));

        Map<String, EntityInfo> entities = new LinkedHashMap<>();
        for (EntityBuilder builder : all) {
            entities.put(builder.name, builder.build());
        }
        return new TestEntityModel(Map.copyOf(entities));
    }
}
