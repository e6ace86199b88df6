package org.beamcat.ingest.registration;


import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.beamcat.icat.client.IcatQuery;
import org.beamcat.icat.client.IcatException;

/** {@link FolderRegistry} over the catalogue's query language: one search per question. */
final class CatalogueFolderRegistry implements FolderRegistry {

    private final CatalogueSession catalogue;

    CatalogueFolderRegistry(CatalogueSession catalogue) {
        this.catalogue = catalogue;
    }

    // Scalar queries only: reading Dataset entities here, while other deliveries write datafiles below the same
    // datasets, piles up EclipseLink cache-key locks in the catalogue (seen under the kill -9 test's load).

    @Override
    public List<RegisteredDataset> otherInvestigationsAt(long investigationId, Collection<String> locations,
            Collection<String> below, int limit) throws IcatException {
        // one LIKE per folder below: the placeholders are numbered, the values bound, nothing concatenated
        StringBuilder text = new StringBuilder("SELECT d.id FROM Dataset d WHERE d.investigation.id <> :investigation"
                + " AND (d.location IN :locations");
        for (int i = 0; i < below.size(); i++) {
            text.append(" OR d.location LIKE :below").append(i).append(" ESCAPE '!'");
        }
        IcatQuery query = IcatQuery.of(text.append(") LIMIT 0, :limit").toString())
                .with("investigation", investigationId).withStrings("locations", locations).with("limit", limit);
        int i = 0;
        for (String folder : below) {
            query = query.withLikePrefix("below" + i++, folder + "/");
        }
        List<RegisteredDataset> found = new ArrayList<>();
        for (JsonValue id : catalogue.search(query)) {
            // only when the message is refused: what the reason names
            long dataset = ((JsonNumber) id).longValue();
            found.add(new RegisteredDataset(dataset,
                    first(catalogue.search(IcatQuery.of("SELECT d.location FROM Dataset d WHERE d.id = :id")
                            .with("id", dataset))),
                    catalogue.search(IcatQuery.of("SELECT d.investigation.id FROM Dataset d WHERE d.id = :id")
                            .with("id", dataset)).getJsonNumber(0).longValue(),
                    first(catalogue.search(IcatQuery.of("SELECT d.investigation.name FROM Dataset d WHERE d.id = :id")
                            .with("id", dataset)))));
        }
        return found;
    }

    @Override
    public Set<Long> datasetsWithDatafileAt(Collection<String> locations) throws IcatException {
        Set<Long> ids = new HashSet<>();
        if (locations.isEmpty()) {
            return ids;
        }
        for (JsonValue id : catalogue.search(IcatQuery.of("SELECT df.dataset.id FROM Datafile df WHERE df.location IN :locations")
                .withStrings("locations", locations))) {
            ids.add(((JsonNumber) id).longValue());
        }
        return ids;
    }

    @Override
    public Set<String> datasetNamesTakenElsewhere(long investigationId, Collection<String> names, String location)
            throws IcatException {
        Set<String> taken = new HashSet<>();
        if (names.isEmpty()) {
            return taken;
        }
        for (JsonValue name : catalogue.search(IcatQuery.of("SELECT d.name FROM Dataset d WHERE d.investigation.id = :investigation"
                + " AND d.name IN :names AND (d.location IS NULL OR d.location <> :location)")
                .with("investigation", investigationId).withStrings("names", names).with("location", location))) {
            taken.add(((JsonString) name).getString());
        }
        return taken;
    }

    private static String first(JsonArray values) {
        return values.isEmpty() || !(values.get(0) instanceof JsonString text) ? "" : text.getString();
    }

}
