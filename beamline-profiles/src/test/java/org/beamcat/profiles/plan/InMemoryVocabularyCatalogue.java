package org.beamcat.profiles.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beamcat.profiles.profile.BeamlineProfile.DatafileFormat;
import org.beamcat.profiles.profile.BeamlineProfile.Parameter;

/** The catalogue port in memory, for one facility; counts the writes it takes. */
final class InMemoryVocabularyCatalogue implements VocabularyCatalogue {

    static final long FACILITY = 7;

    final String facilityName;
    final Map<String, CatalogueInstrument> instruments = new LinkedHashMap<>();
    final Set<String> datasetTypes = new LinkedHashSet<>();
    final Set<String> formats = new LinkedHashSet<>();
    final Map<Long, CatalogueParameterType> parameterTypes = new LinkedHashMap<>();
    /** Values per parameter type id, and the instrument whose datasets hold them. */
    final Map<Long, Long> values = new HashMap<>();
    final Map<Long, String> valuesOnInstrument = new HashMap<>();
    int writes;
    private long nextId = 100;

    InMemoryVocabularyCatalogue(String facilityName) {
        this.facilityName = facilityName;
    }

    CatalogueParameterType type(String name) {
        return parameterTypes.values().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    void useOnInstrument(String parameter, String instrument, long count) {
        long id = type(parameter).id();
        values.put(id, count);
        valuesOnInstrument.put(id, instrument);
    }

    @Override
    public Optional<Long> facility(String name) {
        return name.equals(facilityName) ? Optional.of(FACILITY) : Optional.empty();
    }

    @Override
    public Optional<CatalogueInstrument> instrument(long facility, String name) {
        return Optional.ofNullable(instruments.get(name));
    }

    @Override
    public Set<String> datasetTypes(long facility) {
        return Set.copyOf(datasetTypes);
    }

    @Override
    public Set<String> datafileFormats(long facility) {
        return Set.copyOf(formats);
    }

    @Override
    public List<CatalogueParameterType> parameterTypes(long facility, Set<String> names) {
        return parameterTypes.values().stream().filter(t -> names.contains(t.name())).toList();
    }

    @Override
    public long valuesOf(long parameterType) {
        return values.getOrDefault(parameterType, 0L);
    }

    @Override
    public Map<String, Long> parametersInUse(long facility, String instrument) {
        Map<String, Long> used = new LinkedHashMap<>();
        valuesOnInstrument.forEach((id, on) -> {
            if (on.equals(instrument)) {
                used.put(parameterTypes.get(id).name(), values.get(id));
            }
        });
        return used;
    }

    @Override
    public void createInstrument(long facility, CatalogueInstrument instrument) {
        writes++;
        instruments.put(instrument.name(), new CatalogueInstrument(nextId++, instrument.name(), instrument.fullName(),
                instrument.type(), instrument.description(), instrument.url()));
    }

    @Override
    public void updateInstrument(CatalogueInstrument instrument) {
        writes++;
        instruments.put(instrument.name(), instrument);
    }

    @Override
    public void createDatasetType(long facility, String name) {
        writes++;
        datasetTypes.add(name);
    }

    @Override
    public void createDatafileFormat(long facility, DatafileFormat format) {
        writes++;
        formats.add(format.name() + " " + format.version());
    }

    @Override
    public void createParameterType(long facility, Parameter parameter) {
        writes++;
        long id = nextId++;
        parameterTypes.put(id, new CatalogueParameterType(id, parameter.name(), parameter.units(),
                parameter.valueType(), parameter.catalogueDescription(), parameter.permissibleValues()));
    }

    @Override
    public void updateParameterType(long id, String units, String valueType, String description) {
        writes++;
        CatalogueParameterType now = parameterTypes.get(id);
        parameterTypes.put(id, new CatalogueParameterType(id, now.name(), units, valueType, description,
                now.permissibleValues()));
    }

    @Override
    public void addPermissibleValue(long parameterType, String value) {
        writes++;
        CatalogueParameterType now = parameterTypes.get(parameterType);
        List<String> values = new ArrayList<>(now.permissibleValues());
        values.add(value);
        parameterTypes.put(parameterType, new CatalogueParameterType(now.id(), now.name(), now.units(),
                now.valueType(), now.description(), values));
    }
}
