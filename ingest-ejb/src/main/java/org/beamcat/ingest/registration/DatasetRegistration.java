package org.beamcat.ingest.registration;

import static org.beamcat.ingest.registration.CatalogueSession.quote;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.client.IcatException;
import org.beamcat.ingest.nexus.AtomicHdfFile;
import org.beamcat.ingest.nexus.MasterFile;
import org.beamcat.messages.DatasetMessage;

/**
 * Registers one dataset message in the catalogue: finds the investigation (proposal, beamline, date
 * window), types the parameters, lists the folder, then finds or creates the sample and the dataset,
 * writes the NeXus master file and creates the missing datafiles in batches.
 *
 * <p><b>Nothing half-registered:</b> every check that can reject the message runs before the first
 * write. <b>Idempotent</b> on the dataset location: a dataset already registered at the location is
 * reused and only files not yet registered (by location) are added, so a redelivered or repeated message
 * never creates a second dataset or datafile.
 *
 * <p>Throws {@link RegistrationRejected} for messages that can never succeed, and {@link IcatException}
 * (catalogue unreachable, session problems) or {@link IOException} (file system) for failures that may
 * pass when tried again.
 */
public final class DatasetRegistration {

    private static final Logger LOG = Logger.getLogger(DatasetRegistration.class.getName());
    private static final int PAGE = 1000;

    private final CatalogueSession catalogue;
    private final Path dataRoot;
    private final int batchSize;

    public DatasetRegistration(CatalogueSession catalogue, Path dataRoot, int batchSize) {
        this.catalogue = catalogue;
        this.dataRoot = dataRoot;
        this.batchSize = batchSize;
    }

    private record Investigation(long id, long facilityId) {
    }

    public RegistrationResult register(DatasetMessage message) throws RegistrationRejected, IcatException, IOException {
        // 1. checks: nothing is written before all of them pass
        DatasetFolder folder = DatasetFolder.resolve(dataRoot, message.location());
        Investigation investigation = investigation(message);
        List<TypedParameters.Typed> parameters = TypedParameters.type(message.parameters(),
                parameterTypes(investigation.facilityId()));
        Path master = folder.path().resolve(MasterFile.fileName(folder.path()));
        List<ScannedFile> files = folder.scan(file -> file.equals(master) || AtomicHdfFile.isTemporary(file));
        String location = folder.relativeLocation();

        // 2. the dataset, found by location or created with its parameters in one call
        Optional<Long> existing = datasetAt(investigation.id(), location);
        boolean created = existing.isEmpty();
        long datasetId;
        if (existing.isPresent()) {
            datasetId = existing.get();
        } else {
            long sample = sample(investigation.id(), message.sampleName());
            long type = idByName("DatasetType", investigation.facilityId(),
                    message.inputDatasets().isEmpty() ? "raw" : "processed");
            try {
                datasetId = createDataset(message, investigation.id(), sample, type, location, parameters);
            } catch (IcatException e) {
                // a duplicate being registered at the same time: reuse what it created
                Optional<Long> raced = e.type() == IcatErrorType.OBJECT_ALREADY_EXISTS
                        ? datasetAt(investigation.id(), location) : Optional.empty();
                if (raced.isEmpty()) {
                    throw rejectedIfPermanent(e, "creating the dataset");
                }
                datasetId = raced.get();
                created = false;
            }
        }

        // 3. the master file, written when missing (or for a dataset registered just now)
        if (created || !master.toFile().isFile()) {
            MasterFile.write(master, masterContent(message, folder, parameters, files));
        }
        List<ScannedFile> all = new ArrayList<>(files);
        all.addAll(folder.scan(file -> !file.equals(master))); // the master file alone

        // 4. the datafiles not yet registered, in batches
        Set<String> registered = registeredLocations(datasetId);
        List<JsonObject> missing = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ScannedFile file : all) {
            if (!registered.contains(file.location()) && seen.add(file.location())) {
                missing.add(datafile(file, datasetId));
            }
        }
        for (int from = 0; from < missing.size(); from += batchSize) {
            List<JsonObject> batch = missing.subList(from, Math.min(missing.size(), from + batchSize));
            try {
                catalogue.write(batch);
            } catch (IcatException e) {
                throw rejectedIfPermanent(e, "creating datafiles");
            }
        }
        LOG.info("dataset " + location + (created ? " registered" : " already registered") + " as dataset "
                + datasetId + "; " + missing.size() + " datafiles added");
        return new RegistrationResult(datasetId, created, missing.size(), registered.size());
    }

    private Investigation investigation(DatasetMessage message) throws RegistrationRejected, IcatException {
        JsonArray rows = catalogue.search("SELECT i FROM Investigation i WHERE i.name = " + quote(message.proposal()));
        List<Long> matching = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (JsonValue row : rows) {
            JsonObject investigation = row.asJsonObject().getJsonObject("Investigation");
            long id = investigation.getJsonNumber("id").longValue();
            List<String> instruments = strings(catalogue.search("SELECT ins.name FROM Instrument ins JOIN "
                    + "ins.investigationInstruments ii WHERE ii.investigation.id = " + id));
            boolean onBeamline = instruments.stream().anyMatch(name -> name.equalsIgnoreCase(message.beamline()));
            OffsetDateTime start = date(investigation, "startDate");
            OffsetDateTime end = date(investigation, "endDate");
            boolean inWindow = (start == null || !message.startDate().isBefore(start))
                    && (end == null || !message.startDate().isAfter(end));
            seen.add(instruments + " " + (start == null ? "?" : start) + ".." + (end == null ? "?" : end));
            if (onBeamline && inWindow) {
                matching.add(id);
            }
        }
        if (rows.isEmpty()) {
            throw new RegistrationRejected("unknown proposal " + message.proposal());
        }
        if (matching.isEmpty()) {
            throw new RegistrationRejected("no investigation " + message.proposal() + " on beamline "
                    + message.beamline() + " covers the dataset start " + message.startDate() + " (found: "
                    + String.join(", ", seen) + ")");
        }
        if (matching.size() > 1) {
            throw new RegistrationRejected(matching.size() + " investigations " + message.proposal() + " on "
                    + message.beamline() + " cover " + message.startDate() + "; cannot choose");
        }
        long id = matching.get(0);
        long facility = catalogue.search("SELECT i.facility.id FROM Investigation i WHERE i.id = " + id)
                .getJsonNumber(0).longValue();
        return new Investigation(id, facility);
    }

    private Map<String, List<ParameterTypeInfo>> parameterTypes(long facilityId) throws IcatException {
        Map<String, List<ParameterTypeInfo>> types = new HashMap<>();
        for (JsonValue row : catalogue.searchAll("SELECT pt FROM ParameterType pt WHERE pt.facility.id = "
                + facilityId + " ORDER BY pt.id", PAGE)) {
            JsonObject pt = row.asJsonObject().getJsonObject("ParameterType");
            if (pt.containsKey("applicableToDataset") && !pt.getBoolean("applicableToDataset", true)) {
                continue;
            }
            ParameterTypeInfo info = new ParameterTypeInfo(pt.getJsonNumber("id").longValue(), pt.getString("name"),
                    pt.getString("units", null), pt.getString("valueType", "STRING"), pt.getString("description", null));
            types.computeIfAbsent(info.name(), k -> new ArrayList<>()).add(info);
        }
        return types;
    }

    private Optional<Long> datasetAt(long investigationId, String location) throws IcatException {
        JsonArray ids = catalogue.search("SELECT d.id FROM Dataset d WHERE d.investigation.id = " + investigationId
                + " AND d.location = " + quote(location));
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.getJsonNumber(0).longValue());
    }

    private long sample(long investigationId, String name) throws IcatException, RegistrationRejected {
        String query = "SELECT s.id FROM Sample s WHERE s.investigation.id = " + investigationId + " AND s.name = "
                + quote(name);
        JsonArray ids = catalogue.search(query);
        if (!ids.isEmpty()) {
            return ids.getJsonNumber(0).longValue();
        }
        try {
            return catalogue.write(List.of(Json.createObjectBuilder().add("Sample", Json.createObjectBuilder()
                    .add("name", name).add("investigation", ref(investigationId))).build())).get(0);
        } catch (IcatException e) {
            JsonArray again = catalogue.search(query);
            if (!again.isEmpty()) {
                return again.getJsonNumber(0).longValue();
            }
            throw rejectedIfPermanent(e, "creating the sample " + name);
        }
    }

    private long idByName(String entity, long facilityId, String name) throws IcatException, RegistrationRejected {
        JsonArray ids = catalogue.search("SELECT x.id FROM " + entity + " x WHERE x.facility.id = " + facilityId
                + " AND x.name = " + quote(name));
        if (ids.isEmpty()) {
            throw new RegistrationRejected("the facility has no " + entity + " named " + name);
        }
        return ids.getJsonNumber(0).longValue();
    }

    private long createDataset(DatasetMessage message, long investigationId, long sampleId, long typeId,
            String location, List<TypedParameters.Typed> parameters) throws IcatException {
        JsonArrayBuilder parameterArray = Json.createArrayBuilder();
        parameters.forEach(p -> parameterArray.add(p.icatJson()));
        JsonObject dataset = Json.createObjectBuilder().add("Dataset", Json.createObjectBuilder()
                .add("name", message.name()).add("location", location).add("complete", message.complete())
                .add("startDate", IcatDates.format(message.startDate()))
                .add("endDate", IcatDates.format(message.endDate()))
                .add("investigation", ref(investigationId)).add("sample", ref(sampleId)).add("type", ref(typeId))
                .add("parameters", parameterArray)).build();
        return catalogue.write(List.of(dataset)).get(0);
    }

    private Set<String> registeredLocations(long datasetId) throws IcatException {
        Set<String> locations = new HashSet<>();
        for (JsonValue value : catalogue.searchAll("SELECT df.location FROM Datafile df WHERE df.dataset.id = "
                + datasetId + " ORDER BY df.id", PAGE)) {
            if (value instanceof JsonString text) {
                locations.add(text.getString());
            }
        }
        return locations;
    }

    private static JsonObject datafile(ScannedFile file, long datasetId) {
        String modified = IcatDates.format(file.modified().atOffset(java.time.ZoneOffset.UTC));
        return Json.createObjectBuilder().add("Datafile", Json.createObjectBuilder()
                .add("name", file.name()).add("location", file.location()).add("fileSize", file.size())
                .add("datafileModTime", modified).add("datafileCreateTime", modified)
                .add("dataset", ref(datasetId))).build();
    }

    private MasterFile.Content masterContent(DatasetMessage message, DatasetFolder folder,
            List<TypedParameters.Typed> parameters, List<ScannedFile> files) {
        List<MasterFile.Value> values = new ArrayList<>();
        for (TypedParameters.Typed typed : parameters) {
            JsonObject json = typed.icatJson();
            Object value = json.containsKey("numericValue") ? (Object) json.getJsonNumber("numericValue").doubleValue()
                    : typed.parameter().value();
            values.add(new MasterFile.Value(typed.parameter().name(), value, typed.type().units(),
                    typed.type().nexusPath().orElse(null)));
        }
        return new MasterFile.Content(message.name(), message.proposal(), message.beamline(), message.sampleName(),
                folder.path().toString(), message.startDate(), message.endDate(), values,
                files.stream().map(ScannedFile::name).toList());
    }

    /** Catalogue errors that will not pass on their own become rejections; the others stay retryable. */
    private static IcatException rejectedIfPermanent(IcatException e, String doing) throws RegistrationRejected {
        switch (e.type()) {
            // OBJECT_ALREADY_EXISTS on datafiles: a duplicate message added them meanwhile; the retry skips them
            case INTERNAL, SESSION, OBJECT_ALREADY_EXISTS -> {
                return e;
            }
            default -> throw new RegistrationRejected("the catalogue refused " + doing + ": " + e.type() + " "
                    + e.getMessage());
        }
    }

    private static OffsetDateTime date(JsonObject entity, String field) {
        JsonValue value = entity.get(field);
        return value instanceof JsonString text ? IcatDates.parse(text.getString()) : null;
    }

    private static List<String> strings(JsonArray values) {
        List<String> result = new ArrayList<>();
        for (JsonValue value : values) {
            if (value instanceof JsonString text) {
                result.add(text.getString());
            } else if (value instanceof JsonNumber number) {
                result.add(number.toString());
            }
        }
        return result;
    }

    private static JsonObject ref(long id) {
        return Json.createObjectBuilder().add("id", id).build();
    }
}
