package org.beamcat.ingest.registration;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.beamcat.icat.client.IcatDates;
import org.beamcat.icat.client.IcatException;

/**
 * Registers the files of a dataset folder that the catalogue does not have yet, with a fixed number of
 * catalogue calls per {@code batchSize} files and none per file: the locations already registered are
 * read page by page, and the missing datafiles are created {@code batchSize} per call.
 */
public final class DatafileRegistrar {

    private final RegistrationCatalogue catalogue;
    private final int batchSize;

    public DatafileRegistrar(CatalogueSession catalogue, int batchSize) {
        this(new IcatRegistrationCatalogue(catalogue), batchSize);
    }

    DatafileRegistrar(RegistrationCatalogue catalogue, int batchSize) {
        this.catalogue = catalogue;
        this.batchSize = batchSize;
    }

    /** What {@link #addMissing} found and did. */
    public record Added(int added, int present) {
    }

    /**
     * Creates a datafile for every file whose location is not registered in the dataset.
     *
     * @param noneRegistered the caller knows none of {@code files} is registered (a dataset created just
     *                       now, or files it already checked), so the existence check is skipped; a racing
     *                       duplicate is caught by the unique key and retried, see {@link CatalogueFailures}
     */
    public Added addMissing(long datasetId, List<ScannedFile> files, boolean noneRegistered)
            throws IcatException, RegistrationRejected {
        return addMissing(datasetId, files, noneRegistered, name -> Optional.empty());
    }

    /**
     * As {@link #addMissing(long, List, boolean)}, each new datafile with the description {@code descriptions}
     * gives for its name (what the legacy conversion has to say about the file, for example).
     */
    public Added addMissing(long datasetId, List<ScannedFile> files, boolean noneRegistered,
            Function<String, Optional<String>> descriptions) throws IcatException, RegistrationRejected {
        Set<String> registered = noneRegistered ? Set.of() : registeredLocations(datasetId);
        List<RegistrationCatalogue.NewDatafile> missing = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ScannedFile file : files) {
            if (!registered.contains(file.location()) && seen.add(file.location())) {
                missing.add(new RegistrationCatalogue.NewDatafile(file, descriptions.apply(file.name())));
            }
        }
        for (int from = 0; from < missing.size(); from += batchSize) {
            List<RegistrationCatalogue.NewDatafile> batch = missing.subList(from, Math.min(missing.size(), from + batchSize));
            try {
                catalogue.createDatafiles(datasetId, batch);
            } catch (IcatException e) {
                throw CatalogueFailures.rejectedIfPermanent(e, "creating datafiles");
            }
        }
        return new Added(missing.size(), registered.size());
    }

    /** The locations of the dataset's registered datafiles, read {@code batchSize} per call. */
    public Set<String> registeredLocations(long datasetId) throws IcatException {
        return catalogue.datafileLocations(datasetId, batchSize);
    }

    static JsonObject datafile(ScannedFile file, long datasetId, Optional<String> description) {
        String modified = IcatDates.format(file.modified().atOffset(ZoneOffset.UTC));
        JsonObjectBuilder datafile = Json.createObjectBuilder()
                .add("name", file.name()).add("location", file.location()).add("fileSize", file.size())
                .add("datafileModTime", modified).add("datafileCreateTime", modified)
                .add("dataset", Json.createObjectBuilder().add("id", datasetId));
        if (file.checksum() != null) {
            datafile.add("checksum", file.checksum());
        }
        description.ifPresent(text -> datafile.add("description", text));
        return Json.createObjectBuilder().add("Datafile", datafile).build();
    }
}
