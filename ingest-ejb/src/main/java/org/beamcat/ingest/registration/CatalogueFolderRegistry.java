package org.beamcat.ingest.registration;

import static org.beamcat.ingest.registration.CatalogueSession.quote;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.beamcat.icat.client.IcatException;

/** {@link FolderRegistry} over the catalogue's query language: one search per question. */
final class CatalogueFolderRegistry implements FolderRegistry {

    /** The LIKE escape character: folder names often hold '_', which LIKE would read as "any character". */
    private static final char ESCAPE = '!';

    private final CatalogueSession catalogue;

    CatalogueFolderRegistry(CatalogueSession catalogue) {
        this.catalogue = catalogue;
    }

    // Scalar queries only: reading Dataset entities here, while other deliveries write datafiles below the same
    // datasets, piles up EclipseLink cache-key locks in the catalogue (seen under the kill -9 test's load).

    @Override
    public List<RegisteredDataset> otherInvestigationsAt(long investigationId, Collection<String> locations,
            Collection<String> below, int limit) throws IcatException {
        String within = below.stream().map(folder -> "d.location LIKE " + quote(likePrefix(folder) + "/%")
                + " ESCAPE '" + ESCAPE + "'").collect(Collectors.joining(" OR "));
        String query = "SELECT d.id FROM Dataset d WHERE d.investigation.id <> " + investigationId
                + " AND (d.location IN (" + in(locations) + ")" + (within.isEmpty() ? "" : " OR " + within)
                + ") LIMIT 0, " + limit;
        List<RegisteredDataset> found = new ArrayList<>();
        for (JsonValue id : catalogue.search(query)) {
            // only when the message is refused: what the reason names
            long dataset = ((JsonNumber) id).longValue();
            String where = " FROM Dataset d WHERE d.id = " + dataset;
            found.add(new RegisteredDataset(dataset, first(catalogue.search("SELECT d.location" + where)),
                    catalogue.search("SELECT d.investigation.id" + where).getJsonNumber(0).longValue(),
                    first(catalogue.search("SELECT d.investigation.name" + where))));
        }
        return found;
    }

    @Override
    public Set<Long> datasetsWithDatafileAt(Collection<String> locations) throws IcatException {
        Set<Long> ids = new HashSet<>();
        for (JsonValue id : catalogue.search("SELECT df.dataset.id FROM Datafile df WHERE df.location IN ("
                + in(locations) + ")")) {
            ids.add(((JsonNumber) id).longValue());
        }
        return ids;
    }

    @Override
    public Set<String> datasetNamesTakenElsewhere(long investigationId, Collection<String> names, String location)
            throws IcatException {
        Set<String> taken = new HashSet<>();
        for (JsonValue name : catalogue.search("SELECT d.name FROM Dataset d WHERE d.investigation.id = "
                + investigationId + " AND d.name IN (" + in(names) + ") AND (d.location IS NULL OR d.location <> "
                + quote(location) + ")")) {
            taken.add(((JsonString) name).getString());
        }
        return taken;
    }

    private static String first(JsonArray values) {
        return values.isEmpty() || !(values.get(0) instanceof JsonString text) ? "" : text.getString();
    }

    private static String in(Collection<String> texts) {
        return texts.stream().map(CatalogueSession::quote).collect(Collectors.joining(", "));
    }

    static String likePrefix(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == ESCAPE || c == '%' || c == '_') {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
