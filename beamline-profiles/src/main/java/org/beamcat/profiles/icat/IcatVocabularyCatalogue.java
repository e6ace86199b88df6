package org.beamcat.profiles.icat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beamcat.icat.client.CatalogueAccount;
import org.beamcat.icat.client.IcatException;
import org.beamcat.icat.client.IcatQuery;
import org.beamcat.profiles.plan.VocabularyCatalogue;
import org.beamcat.profiles.profile.BeamlineProfile.DatafileFormat;
import org.beamcat.profiles.profile.BeamlineProfile.Parameter;

/** {@link VocabularyCatalogue} over the ICAT REST API, as the account given (a root user: it writes reference data). */
public final class IcatVocabularyCatalogue implements VocabularyCatalogue {

    private static final int PAGE = 500;
    private static final List<String> PARAMETER_ENTITIES = List.of("DatasetParameter", "DatafileParameter",
            "SampleParameter", "InvestigationParameter", "DataCollectionParameter");

    private final CatalogueAccount catalogue;

    public IcatVocabularyCatalogue(CatalogueAccount catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Optional<Long> facility(String name) throws IcatException {
        return catalogue.findNumber(IcatQuery.of("SELECT f.id FROM Facility f WHERE f.name = :name").with("name", name));
    }

    @Override
    public Optional<CatalogueInstrument> instrument(long facility, String name) throws IcatException {
        JsonArray rows = catalogue.search(IcatQuery.of("SELECT i FROM Instrument i WHERE i.facility.id = :facility"
                + " AND i.name = :name").with("facility", facility).with("name", name));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        JsonObject i = entity(rows.get(0), "Instrument");
        return Optional.of(new CatalogueInstrument(i.getJsonNumber("id").longValue(), i.getString("name"),
                i.getString("fullName", null), i.getString("type", null), i.getString("description", null),
                i.getString("url", null)));
    }

    @Override
    public Set<String> datasetTypes(long facility) throws IcatException {
        Set<String> names = new HashSet<>();
        for (JsonValue name : catalogue.searchAll(IcatQuery.of("SELECT t.name FROM DatasetType t"
                + " WHERE t.facility.id = :facility").with("facility", facility), PAGE)) {
            names.add(((jakarta.json.JsonString) name).getString());
        }
        return names;
    }

    @Override
    public Set<String> datafileFormats(long facility) throws IcatException {
        Set<String> keys = new HashSet<>();
        for (JsonValue row : catalogue.searchAll(IcatQuery.of("SELECT f FROM DatafileFormat f"
                + " WHERE f.facility.id = :facility").with("facility", facility), PAGE)) {
            JsonObject format = entity(row, "DatafileFormat");
            keys.add(format.getString("name") + " " + format.getString("version", ""));
        }
        return keys;
    }

    @Override
    public List<CatalogueParameterType> parameterTypes(long facility, Set<String> names) throws IcatException {
        List<CatalogueParameterType> types = new ArrayList<>();
        if (names.isEmpty()) {
            return types;
        }
        for (JsonValue row : catalogue.searchAll(IcatQuery.of("SELECT t FROM ParameterType t WHERE t.facility.id"
                + " = :facility AND t.name IN :names INCLUDE t.permissibleStringValues")
                .with("facility", facility).withStrings("names", names), PAGE)) {
            JsonObject type = entity(row, "ParameterType");
            List<String> values = new ArrayList<>();
            for (JsonValue value : type.getJsonArray("permissibleStringValues") == null ? JsonValue.EMPTY_JSON_ARRAY
                    : type.getJsonArray("permissibleStringValues")) {
                values.add(value.asJsonObject().getString("value"));
            }
            types.add(new CatalogueParameterType(type.getJsonNumber("id").longValue(), type.getString("name"),
                    type.getString("units"), type.getString("valueType"), type.getString("description", null), values));
        }
        return types;
    }

    @Override
    public long valuesOf(long parameterType) throws IcatException {
        long values = 0;
        for (String entity : PARAMETER_ENTITIES) {
            values += catalogue.findNumber(IcatQuery.of("SELECT COUNT(p) FROM :entity p WHERE p.type.id = :type")
                    .withEntity("entity", entity).with("type", parameterType)).orElse(0L);
        }
        return values;
    }

    @Override
    public Map<String, Long> parametersInUse(long facility, String instrument) throws IcatException {
        Map<String, Long> used = new LinkedHashMap<>();
        String joins = " JOIN t.datasetParameters p JOIN p.dataset ds JOIN ds.investigation inv"
                + " JOIN inv.investigationInstruments ii JOIN ii.instrument ins"
                + " WHERE t.facility.id = :facility AND ins.name = :name";
        for (JsonValue row : catalogue.searchAll(IcatQuery.of("SELECT DISTINCT t.name FROM ParameterType t" + joins)
                .with("facility", facility).with("name", instrument), PAGE)) {
            String name = ((jakarta.json.JsonString) row).getString();
            used.put(name, catalogue.findNumber(IcatQuery.of("SELECT COUNT(p) FROM DatasetParameter p JOIN p.type t"
                    + " JOIN p.dataset ds JOIN ds.investigation inv JOIN inv.investigationInstruments ii"
                    + " JOIN ii.instrument ins WHERE t.facility.id = :facility AND ins.name = :name AND t.name = :type").with("facility", facility).with("name", instrument).with("type", name))
                    .orElse(0L));
        }
        return used;
    }

    @Override
    public void createInstrument(long facility, CatalogueInstrument instrument) throws IcatException {
        catalogue.create("Instrument", instrumentFields(instrument).add("facility", ref(facility)).build());
    }

    @Override
    public void updateInstrument(CatalogueInstrument instrument) throws IcatException {
        catalogue.update("Instrument", instrumentFields(instrument).add("id", instrument.id()).build());
    }

    @Override
    public void createDatasetType(long facility, String name) throws IcatException {
        catalogue.create("DatasetType", Json.createObjectBuilder().add("name", name).add("facility", ref(facility))
                .build());
    }

    @Override
    public void createDatafileFormat(long facility, DatafileFormat format) throws IcatException {
        catalogue.create("DatafileFormat", Json.createObjectBuilder().add("name", format.name())
                .add("version", format.version()).add("description", format.description())
                .add("facility", ref(facility)).build());
    }

    @Override
    public void createParameterType(long facility, Parameter parameter) throws IcatException {
        JsonArrayBuilder values = Json.createArrayBuilder();
        parameter.permissibleValues().forEach(v -> values.add(Json.createObjectBuilder().add("value", v)));
        catalogue.create("ParameterType", Json.createObjectBuilder().add("name", parameter.name())
                .add("units", parameter.units()).add("valueType", parameter.valueType())
                .add("description", parameter.catalogueDescription()).add("applicableToDataset", true)
                .add("facility", ref(facility)).add("permissibleStringValues", values).build());
    }

    @Override
    public void updateParameterType(long id, String units, String valueType, String description)
            throws IcatException {
        catalogue.update("ParameterType", Json.createObjectBuilder().add("id", id).add("units", units)
                .add("valueType", valueType).add("description", description).build());
    }

    @Override
    public void addPermissibleValue(long parameterType, String value) throws IcatException {
        catalogue.create("PermissibleStringValue", Json.createObjectBuilder().add("value", value)
                .add("type", ref(parameterType)).build());
    }

    private static JsonObjectBuilder instrumentFields(CatalogueInstrument instrument) {
        JsonObjectBuilder fields = Json.createObjectBuilder().add("name", instrument.name())
                .add("fullName", instrument.fullName()).add("type", instrument.type())
                .add("description", instrument.description());
        if (instrument.url() != null) {
            fields.add("url", instrument.url());
        }
        return fields;
    }

    /** A search row of entities is {@code {"Entity": {...}}}. */
    private static JsonObject entity(JsonValue row, String name) {
        return row.asJsonObject().getJsonObject(name);
    }

    private static JsonObject ref(long id) {
        return Json.createObjectBuilder().add("id", id).build();
    }
}
