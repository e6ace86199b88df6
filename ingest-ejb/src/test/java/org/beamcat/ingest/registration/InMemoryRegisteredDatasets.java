package org.beamcat.ingest.registration;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.client.IcatException;

/**
 * {@link RegisteredDatasetCatalogue} answered from the rows of an {@link InMemoryRegistrationCatalogue}
 * (investigations, datasets, samples, datafiles, parameter types), so that the datafiles a re-scan creates
 * through {@link RegistrationCatalogue} are what it reads here. Dataset parameters and datafile states live
 * here. {@link #failSetParameters} makes the next parameter write fail, writing nothing.
 */
final class InMemoryRegisteredDatasets implements RegisteredDatasetCatalogue {

    /** Datasets' rows carry this as their creation time; the builder's datasets have no dates. */
    static final OffsetDateTime CREATED = OffsetDateTime.parse("2026-03-12T08:00:00Z");

    record ParameterRow(long id, long datasetId, ParameterTypeInfo type, Object value) {
    }

    /** What a datafile row was last set to by {@link #updateDatafile}. */
    record DatafileState(long size, Instant modified, String checksum) {
    }

    private final InMemoryRegistrationCatalogue rows;
    private long nextId = 50_000;
    final List<ParameterRow> parameters = new ArrayList<>();
    final Map<Long, DatafileState> datafileStates = new LinkedHashMap<>();
    IcatErrorType failSetParameters;

    InMemoryRegisteredDatasets(InMemoryRegistrationCatalogue rows) {
        this.rows = rows;
    }

    /** The three ports over the same rows. */
    CataloguePorts ports() {
        return new CataloguePorts(this, rows, rows);
    }

    InMemoryRegisteredDatasets parameter(long datasetId, ParameterTypeInfo type, Object value) {
        parameters.add(new ParameterRow(nextId++, datasetId, type, value));
        return this;
    }

    List<ParameterRow> parametersOf(long datasetId) {
        return parameters.stream().filter(p -> p.datasetId() == datasetId).toList();
    }

    private InMemoryRegistrationCatalogue.Dataset datasetById(long id) {
        return rows.datasets.stream().filter(d -> d.id() == id).findFirst()
                .orElseThrow(() -> new IllegalStateException("no dataset " + id));
    }

    private InMemoryRegistrationCatalogue.Investigation investigationById(long id) {
        return rows.investigations.stream().filter(i -> i.id() == id).findFirst().orElseThrow();
    }

    @Override
    public Optional<DatasetRow> dataset(long datasetId) {
        return rows.datasets.stream().filter(d -> d.id() == datasetId).findFirst()
                .map(d -> new DatasetRow(d.id(), d.name(), d.location(), null, null, CREATED));
    }

    @Override
    public List<Long> datasetsOfProposalAt(String proposal, String location) {
        return rows.datasets.stream().filter(d -> location.equals(d.location())
                && investigationById(d.investigationId()).name().equals(proposal))
                .map(InMemoryRegistrationCatalogue.Dataset::id).sorted().toList();
    }

    @Override
    public InvestigationRef investigationOf(long datasetId) {
        InMemoryRegistrationCatalogue.Investigation i = investigationById(datasetById(datasetId).investigationId());
        return new InvestigationRef(i.id(), i.name());
    }

    @Override
    public List<String> instrumentNames(long investigationId) {
        return rows.instrumentNames(investigationId);
    }

    @Override
    public long facilityOfDataset(long datasetId) {
        return investigationById(datasetById(datasetId).investigationId()).facilityId();
    }

    @Override
    public Map<String, List<ParameterTypeInfo>> datasetParameterTypes(long facilityId) {
        return rows.datasetParameterTypes(facilityId);
    }

    @Override
    public OptionalLong parameterOf(long datasetId, long typeId) {
        return parametersOf(datasetId).stream().filter(p -> p.type().id() == typeId)
                .mapToLong(ParameterRow::id).findFirst();
    }

    @Override
    public void setParameters(List<ParameterChange> changes) throws IcatException {
        if (failSetParameters != null) {
            IcatErrorType type = failSetParameters;
            failSetParameters = null;
            throw new IcatException(type, "injected failure of setParameters", -1);
        }
        for (ParameterChange change : changes) {
            Object value = value(change.parameter());
            if (change.existingId().isPresent()) {
                int at = parameters.indexOf(parameters.stream().filter(p -> p.id() == change.existingId().getAsLong())
                        .findFirst().orElseThrow());
                ParameterRow old = parameters.get(at);
                parameters.set(at, new ParameterRow(old.id(), old.datasetId(), old.type(), value));
            } else {
                parameters.add(new ParameterRow(nextId++, change.datasetId(), change.parameter().type(), value));
            }
        }
        rows.writes.add("setParameters");
    }

    /** The value as the adapter reads it back: a number as a Double, anything else as its text. */
    private static Object value(TypedParameters.Typed typed) {
        var json = typed.icatJson();
        return json.containsKey("numericValue") ? (Object) json.getJsonNumber("numericValue").doubleValue()
                : json.getString("stringValue", json.getString("dateTimeValue", ""));
    }

    @Override
    public List<String> sampleNames(long datasetId) {
        long sample = datasetById(datasetId).sampleId();
        List<String> names = new ArrayList<>();
        rows.samples.values().forEach(byName -> byName.forEach((name, id) -> {
            if (id == sample) {
                names.add(name);
            }
        }));
        return names;
    }

    @Override
    public List<StoredParameter> parameters(long datasetId) {
        return parametersOf(datasetId).stream().map(p -> new StoredParameter(p.type(), p.value())).toList();
    }

    @Override
    public List<DatafileRow> datafiles(long datasetId, int pageSize) {
        return rows.datafilesOf(datasetId).stream()
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .map(f -> new DatafileRow(f.id(), f.name(), f.location())).toList();
    }

    @Override
    public OptionalLong datafileAt(long datasetId, String location) {
        return rows.datafilesOf(datasetId).stream().filter(f -> f.location().equals(location))
                .mapToLong(InMemoryRegistrationCatalogue.Datafile::id).findFirst();
    }

    @Override
    public void updateDatafile(long datafileId, long size, Instant modified, String checksum) {
        rows.writes.add("updateDatafile");
        datafileStates.put(datafileId, new DatafileState(size, modified, checksum));
    }
}
