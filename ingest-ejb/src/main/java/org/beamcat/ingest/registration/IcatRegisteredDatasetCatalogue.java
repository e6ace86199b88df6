package org.beamcat.ingest.registration;

import static org.beamcat.ingest.registration.CatalogueJson.date;
import static org.beamcat.ingest.registration.CatalogueJson.ref;
import static org.beamcat.ingest.registration.CatalogueJson.strings;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.beamcat.icat.client.IcatDates;
import org.beamcat.icat.client.IcatException;
import org.beamcat.icat.client.IcatQuery;

/** {@link RegisteredDatasetCatalogue} over icat-client: one search or one write per method (lists paged). */
public final class IcatRegisteredDatasetCatalogue implements RegisteredDatasetCatalogue {

    private static final int PARAMETER_PAGE = 1000;

    private final CatalogueSession catalogue;
    private final IcatRegistrationCatalogue registration;

    public IcatRegisteredDatasetCatalogue(CatalogueSession catalogue) {
        this.catalogue = catalogue;
        this.registration = new IcatRegistrationCatalogue(catalogue);
    }

    @Override
    public Optional<DatasetRow> dataset(long datasetId) throws IcatException {
        JsonArray rows = catalogue.search(IcatQuery.of("SELECT d FROM Dataset d WHERE d.id = :id").with("id", datasetId));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        JsonObject d = rows.getJsonObject(0).getJsonObject("Dataset");
        return Optional.of(new DatasetRow(datasetId, d.getString("name", ""), d.getString("location", null),
                date(d, "startDate"), date(d, "endDate"), date(d, "createTime")));
    }

    @Override
    public List<Long> datasetsOfProposalAt(String proposal, String location) throws IcatException {
        return ids(catalogue.search(IcatQuery.of("SELECT d.id FROM Dataset d JOIN d.investigation i"
                + " WHERE d.location = :location AND i.name = :proposal ORDER BY d.id")
                .with("location", location).with("proposal", proposal)));
    }

    @Override
    public InvestigationRef investigationOf(long datasetId) throws IcatException {
        JsonObject i = catalogue.search(IcatQuery.of("SELECT i FROM Investigation i JOIN i.datasets d WHERE d.id = :id")
                .with("id", datasetId)).getJsonObject(0).getJsonObject("Investigation");
        return new InvestigationRef(i.getJsonNumber("id").longValue(), i.getString("name", ""));
    }

    @Override
    public List<String> instrumentNames(long investigationId) throws IcatException {
        return registration.instrumentNames(investigationId);
    }

    @Override
    public long facilityOfDataset(long datasetId) throws IcatException {
        return catalogue.search(IcatQuery.of("SELECT i.facility.id FROM Investigation i JOIN i.datasets d WHERE d.id = :id")
                .with("id", datasetId)).getJsonNumber(0).longValue();
    }

    @Override
    public Map<String, List<ParameterTypeInfo>> datasetParameterTypes(long facilityId) throws IcatException {
        return registration.datasetParameterTypes(facilityId);
    }

    @Override
    public OptionalLong parameterOf(long datasetId, long typeId) throws IcatException {
        return firstId(catalogue.search(IcatQuery.of("SELECT p.id FROM DatasetParameter p WHERE p.dataset.id = :dataset"
                + " AND p.type.id = :type").with("dataset", datasetId).with("type", typeId)));
    }

    @Override
    public void setParameters(List<ParameterChange> changes) throws IcatException {
        List<JsonObject> entities = new ArrayList<>();
        for (ParameterChange change : changes) {
            JsonObjectBuilder parameter = Json.createObjectBuilder(change.parameter().icatJson());
            if (change.existingId().isEmpty()) {
                parameter.add("dataset", ref(change.datasetId()));
            } else {
                // an existing parameter keeps its type: only the value changes
                parameter.remove("type");
                parameter.add("id", change.existingId().getAsLong());
            }
            entities.add(Json.createObjectBuilder().add("DatasetParameter", parameter).build());
        }
        catalogue.write(entities);
    }

    @Override
    public List<String> sampleNames(long datasetId) throws IcatException {
        return strings(catalogue.search(IcatQuery.of("SELECT s.name FROM Sample s JOIN s.datasets d WHERE d.id = :id")
                .with("id", datasetId)));
    }

    @Override
    public List<StoredParameter> parameters(long datasetId) throws IcatException {
        List<StoredParameter> parameters = new ArrayList<>();
        for (JsonValue row : catalogue.searchAll(IcatQuery.of("SELECT p FROM DatasetParameter p WHERE p.dataset.id = :id"
                + " ORDER BY p.id INCLUDE p.type").with("id", datasetId), PARAMETER_PAGE)) {
            JsonObject parameter = row.asJsonObject().getJsonObject("DatasetParameter");
            ParameterTypeInfo info = CatalogueJson.parameterType(parameter.getJsonObject("type"));
            Object value = parameter.containsKey("numericValue")
                    ? (Object) parameter.getJsonNumber("numericValue").doubleValue()
                    : parameter.getString("stringValue", parameter.getString("dateTimeValue", ""));
            parameters.add(new StoredParameter(info, value));
        }
        return parameters;
    }

    @Override
    public List<DatafileRow> datafiles(long datasetId, int pageSize) throws IcatException {
        List<DatafileRow> rows = new ArrayList<>();
        for (JsonValue row : catalogue.searchAll(IcatQuery.of("SELECT df FROM Datafile df WHERE df.dataset.id = :id"
                + " ORDER BY df.name").with("id", datasetId), pageSize)) {
            JsonObject datafile = row.asJsonObject().getJsonObject("Datafile");
            String location = datafile.getString("location", "");
            rows.add(new DatafileRow(datafile.getJsonNumber("id").longValue(), datafile.getString("name", location),
                    location));
        }
        return rows;
    }

    @Override
    public OptionalLong datafileAt(long datasetId, String location) throws IcatException {
        return firstId(catalogue.search(IcatQuery.of("SELECT df.id FROM Datafile df WHERE df.dataset.id = :id"
                + " AND df.location = :location").with("id", datasetId).with("location", location)));
    }

    @Override
    public void updateDatafile(long datafileId, long size, Instant modified, String checksum) throws IcatException {
        JsonObjectBuilder datafile = Json.createObjectBuilder().add("id", datafileId).add("fileSize", size)
                .add("datafileModTime", IcatDates.format(modified.atOffset(ZoneOffset.UTC)));
        if (checksum != null) {
            datafile.add("checksum", checksum);
        }
        catalogue.write(List.of(Json.createObjectBuilder().add("Datafile", datafile).build()));
    }

    private static OptionalLong firstId(JsonArray ids) {
        return ids.isEmpty() ? OptionalLong.empty() : OptionalLong.of(ids.getJsonNumber(0).longValue());
    }

    private static List<Long> ids(JsonArray values) {
        List<Long> ids = new ArrayList<>();
        for (JsonValue value : values) {
            ids.add(((JsonNumber) value).longValue());
        }
        return ids;
    }
}
