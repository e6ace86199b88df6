package org.beamcat.ingest.registration;

import static org.beamcat.ingest.registration.CatalogueJson.date;
import static org.beamcat.ingest.registration.CatalogueJson.ref;
import static org.beamcat.ingest.registration.CatalogueJson.strings;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beamcat.icat.client.IcatDates;
import org.beamcat.icat.client.IcatException;
import org.beamcat.icat.client.IcatQuery;

/** {@link RegistrationCatalogue} over icat-client: one search or one write per method. */
public final class IcatRegistrationCatalogue implements RegistrationCatalogue {

    private static final int PARAMETER_TYPE_PAGE = 1000;

    private final CatalogueSession catalogue;

    public IcatRegistrationCatalogue(CatalogueSession catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public List<InvestigationRow> investigations(String proposal) throws IcatException {
        List<InvestigationRow> rows = new ArrayList<>();
        for (JsonValue row : catalogue.search(IcatQuery.of("SELECT i FROM Investigation i WHERE i.name = :proposal")
                .with("proposal", proposal))) {
            JsonObject investigation = row.asJsonObject().getJsonObject("Investigation");
            rows.add(new InvestigationRow(investigation.getJsonNumber("id").longValue(),
                    date(investigation, "startDate"), date(investigation, "endDate")));
        }
        return rows;
    }

    @Override
    public List<String> instrumentNames(long investigationId) throws IcatException {
        return strings(catalogue.search(IcatQuery.of("SELECT ins.name FROM Instrument ins JOIN "
                + "ins.investigationInstruments ii WHERE ii.investigation.id = :id").with("id", investigationId)));
    }

    @Override
    public long facilityOf(long investigationId) throws IcatException {
        return catalogue.search(IcatQuery.of("SELECT i.facility.id FROM Investigation i WHERE i.id = :id")
                .with("id", investigationId)).getJsonNumber(0).longValue();
    }

    @Override
    public Map<String, List<ParameterTypeInfo>> datasetParameterTypes(long facilityId) throws IcatException {
        Map<String, List<ParameterTypeInfo>> types = new HashMap<>();
        for (JsonValue row : catalogue.searchAll(IcatQuery.of("SELECT pt FROM ParameterType pt WHERE pt.facility.id = :facility"
                + " ORDER BY pt.id").with("facility", facilityId), PARAMETER_TYPE_PAGE)) {
            JsonObject pt = row.asJsonObject().getJsonObject("ParameterType");
            if (pt.containsKey("applicableToDataset") && !pt.getBoolean("applicableToDataset", true)) {
                continue;
            }
            ParameterTypeInfo info = CatalogueJson.parameterType(pt);
            types.computeIfAbsent(info.name(), k -> new ArrayList<>()).add(info);
        }
        return types;
    }

    @Override
    public Optional<Long> datasetAt(long investigationId, String location) throws IcatException {
        return firstId(catalogue.search(IcatQuery.of("SELECT d.id FROM Dataset d WHERE d.investigation.id = :investigation"
                + " AND d.location = :location").with("investigation", investigationId).with("location", location)));
    }

    @Override
    public Optional<Long> anyDatasetAt(String location) throws IcatException {
        return firstId(catalogue.search(IcatQuery.of("SELECT d.id FROM Dataset d WHERE d.location = :location ORDER BY d.id")
                .with("location", location)));
    }

    @Override
    public Optional<Long> sample(long investigationId, String name) throws IcatException {
        return firstId(catalogue.search(IcatQuery.of("SELECT s.id FROM Sample s WHERE s.investigation.id = :investigation"
                + " AND s.name = :name").with("investigation", investigationId).with("name", name)));
    }

    @Override
    public long createSample(long investigationId, String name) throws IcatException {
        return catalogue.write(List.of(Json.createObjectBuilder().add("Sample", Json.createObjectBuilder()
                .add("name", name).add("investigation", ref(investigationId))).build())).get(0);
    }

    @Override
    public Optional<Long> datasetType(long facilityId, String name) throws IcatException {
        return firstId(catalogue.search(IcatQuery.of("SELECT x.id FROM DatasetType x WHERE x.facility.id = :facility"
                + " AND x.name = :name").with("facility", facilityId).with("name", name)));
    }

    @Override
    public long createDataset(NewDataset dataset) throws IcatException {
        JsonArrayBuilder parameterArray = Json.createArrayBuilder();
        dataset.parameters().forEach(p -> parameterArray.add(p.icatJson()));
        return catalogue.write(List.of(Json.createObjectBuilder().add("Dataset", Json.createObjectBuilder()
                .add("name", dataset.name()).add("location", dataset.location()).add("complete", dataset.complete())
                .add("startDate", IcatDates.format(dataset.start()))
                .add("endDate", IcatDates.format(dataset.end()))
                .add("investigation", ref(dataset.investigationId())).add("sample", ref(dataset.sampleId()))
                .add("type", ref(dataset.typeId()))
                .add("parameters", parameterArray)).build())).get(0);
    }

    @Override
    public Set<String> datafileLocations(long datasetId, int pageSize) throws IcatException {
        Set<String> locations = new HashSet<>();
        for (JsonValue value : catalogue.searchAll(IcatQuery.of("SELECT df.location FROM Datafile df WHERE df.dataset.id = :id"
                + " ORDER BY df.id").with("id", datasetId), pageSize)) {
            if (value instanceof JsonString text) {
                locations.add(text.getString());
            }
        }
        return locations;
    }

    @Override
    public void createDatafiles(long datasetId, List<NewDatafile> datafiles) throws IcatException {
        catalogue.write(datafiles.stream()
                .map(d -> DatafileRegistrar.datafile(d.file(), datasetId, d.description())).toList());
    }

    @Override
    public boolean hasProducingJob(long datasetId) throws IcatException {
        return !catalogue.search(IcatQuery.of("SELECT j.id FROM Job j JOIN j.outputDataCollection dc JOIN "
                + "dc.dataCollectionDatasets dcd WHERE dcd.dataset.id = :id").with("id", datasetId)).isEmpty();
    }

    @Override
    public Optional<Long> application(long facilityId, String name, String version) throws IcatException {
        return firstId(catalogue.search(IcatQuery.of("SELECT a.id FROM Application a WHERE a.facility.id = :facility"
                + " AND a.name = :name AND a.version = :version")
                .with("facility", facilityId).with("name", name).with("version", version)));
    }

    @Override
    public long createApplication(long facilityId, String name, String version) throws IcatException {
        return catalogue.write(List.of(Json.createObjectBuilder().add("Application", Json.createObjectBuilder()
                .add("name", name).add("version", version).add("facility", ref(facilityId))).build())).get(0);
    }

    @Override
    public void createJob(long applicationId, String arguments, List<Long> inputIds, long outputId)
            throws IcatException {
        List<Long> collections = catalogue.write(List.of(collection(inputIds), collection(List.of(outputId))));
        catalogue.write(List.of(Json.createObjectBuilder().add("Job", Json.createObjectBuilder()
                .add("application", ref(applicationId)).add("arguments", arguments)
                .add("inputDataCollection", ref(collections.get(0)))
                .add("outputDataCollection", ref(collections.get(1)))).build()));
    }

    private static JsonObject collection(List<Long> datasetIds) {
        JsonArrayBuilder members = Json.createArrayBuilder();
        datasetIds.forEach(id -> members.add(Json.createObjectBuilder().add("dataset", ref(id))));
        return Json.createObjectBuilder().add("DataCollection", Json.createObjectBuilder()
                .add("dataCollectionDatasets", members)).build();
    }

    private static Optional<Long> firstId(JsonArray ids) {
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.getJsonNumber(0).longValue());
    }
}
