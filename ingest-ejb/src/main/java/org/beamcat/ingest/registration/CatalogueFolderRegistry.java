package org.beamcat.ingest.registration;

import static org.beamcat.ingest.registration.CatalogueSession.quote;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    @Override
    public List<RegisteredDataset> otherInvestigationsAt(long investigationId, Collection<String> locations,
            Collection<String> below, int limit) throws IcatException {
        String within = below.stream().map(folder -> "d.location LIKE " + quote(likePrefix(folder) + "/%")
                + " ESCAPE '" + ESCAPE + "'").collect(Collectors.joining(" OR "));
        String query = "SELECT d FROM Dataset d WHERE d.investigation.id <> " + investigationId + " AND (d.location IN ("
                + in(locations) + ")" + (within.isEmpty() ? "" : " OR " + within) + ") LIMIT 0, " + limit
                + " INCLUDE d.investigation";
        return catalogue.search(query).stream().map(row -> {
            JsonObject dataset = row.asJsonObject().getJsonObject("Dataset");
            JsonObject investigation = dataset.getJsonObject("investigation");
            return new RegisteredDataset(dataset.getJsonNumber("id").longValue(), dataset.getString("location", ""),
                    investigation.getJsonNumber("id").longValue(), investigation.getString("name", ""));
        }).toList();
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
    public Map<String, String> datasetNamesTaken(long investigationId, Collection<String> names)
            throws IcatException {
        Map<String, String> taken = new HashMap<>();
        for (JsonValue row : catalogue.search("SELECT d FROM Dataset d WHERE d.investigation.id = "
                + investigationId + " AND d.name IN (" + in(names) + ")")) {
            JsonObject dataset = row.asJsonObject().getJsonObject("Dataset");
            taken.put(dataset.getString("name"), dataset.getString("location", ""));
        }
        return taken;
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
