package org.beamcat.landing.collections;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.beamcat.icat.client.IcatException;
import org.beamcat.landing.catalogue.DoiParameterTypes;
import org.beamcat.landing.catalogue.ServiceCatalogue;
import org.beamcat.landing.doi.Doi;

/**
 * The catalogue side of data-collection DOIs, as the DOI service user (membership is decided here, on
 * the server, from InvestigationUser rows; never from what the form sent). Rows follow the conventions
 * shared with the landing pages: a DataCollection with one DataCollectionDataset per dataset and the
 * {@code doi.title}, {@code doi.abstract} and {@code doi.creators} parameters, created in one write.
 */
@ApplicationScoped
public class CollectionCatalogue {

    /** How many investigations the form offers at once. */
    public static final int PAGE = 500;

    /** How many datasets the form lists per page. */
    public static final int DATASET_PAGE = 100;

    /** How many ids one readability check sends to the catalogue. */
    static final int ID_CHUNK = 500;

    @Inject
    ServiceCatalogue service;

    @Inject
    DoiParameterTypes types;

    /** An investigation as the form lists it. */
    public record InvestigationChoice(long id, String name, String title) implements java.io.Serializable {
    }

    /** A dataset as the form lists it. */
    public record DatasetChoice(long id, String name) implements java.io.Serializable {
    }

    /** One page of datasets and how many match in all. */
    public record DatasetChoicePage(List<DatasetChoice> datasets, long total) implements java.io.Serializable {
    }

    /** The catalogue user a session belongs to, e.g. {@code simple/alice}. */
    public String userOf(String sessionId) throws IcatException {
        return service.client().session(sessionId).userName();
    }

    public boolean isRoot(String userName) {
        return service.isRootUser(userName);
    }

    /** The investigations this user may mint for: those they are a member of, all of them for root. */
    /**
     * The investigations the user may mint for (root: all), by name, at most {@link #PAGE}; with a filter,
     * only those whose name contains it (any case). One more than {@link #PAGE} is asked for, so the caller
     * can tell the list was cut ({@link InvestigationChoices#more()}).
     */
    public InvestigationChoices investigationsOf(String userName, String nameFilter) throws IcatException {
        String named = containsCondition("i.name", nameFilter);
        String where = isRoot(userName)
                ? (named.isEmpty() ? "" : " WHERE" + named.substring(" AND".length()))
                : " JOIN i.investigationUsers iu JOIN iu.user u WHERE u.name = " + ServiceCatalogue.quote(userName) + named;
        String query = "SELECT i FROM Investigation i" + where + " ORDER BY i.name LIMIT 0, " + (PAGE + 1);
        List<InvestigationChoice> choices = new ArrayList<>();
        for (JsonValue row : search(query)) {
            JsonObject i = row.asJsonObject().getJsonObject("Investigation");
            choices.add(new InvestigationChoice(i.getJsonNumber("id").longValue(), i.getString("name", ""),
                    i.getString("title", "")));
        }
        boolean more = choices.size() > PAGE;
        return new InvestigationChoices(more ? List.copyOf(choices.subList(0, PAGE)) : List.copyOf(choices), more);
    }

    /** Investigations offered in the form, and whether more match than are listed. */
    public record InvestigationChoices(List<InvestigationChoice> choices, boolean more) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * One page of the investigation's datasets, by name, as the user behind {@code sessionId} may read them
     * (the catalogue's rules decide), with the number of matching datasets.
     *
     * @param nameFilter part of the dataset name, any case; blank for all
     */
    public DatasetChoicePage datasetsOf(String sessionId, long investigationId, String nameFilter, int offset)
            throws IcatException {
        String from = " FROM Dataset ds WHERE ds.investigation.id = " + investigationId + nameCondition(nameFilter);
        List<DatasetChoice> choices = new ArrayList<>();
        for (JsonValue row : service.client().search(sessionId, "SELECT ds.id, ds.name" + from
                + " ORDER BY ds.name, ds.id LIMIT " + Math.max(0, offset) + ", " + DATASET_PAGE)) {
            JsonArray r = row.asJsonArray();
            choices.add(new DatasetChoice(r.getJsonNumber(0).longValue(), r.isNull(1) ? "" : r.getString(1)));
        }
        JsonArray count = service.client().search(sessionId, "SELECT COUNT(ds.id)" + from);
        return new DatasetChoicePage(choices, count.isEmpty() ? 0 : count.getJsonNumber(0).longValue());
    }

    public boolean isMember(String userName, long investigationId) throws IcatException {
        return !search("SELECT iu.id FROM InvestigationUser iu JOIN iu.investigation i JOIN iu.user u WHERE i.id = "
                + investigationId + " AND u.name = " + ServiceCatalogue.quote(userName)).isEmpty();
    }

    /**
     * The ids among these that are not datasets of the investigation readable by the user behind
     * {@code sessionId} (or do not exist): asked with the user's own session, so the catalogue's rules
     * decide, in chunks whatever the size of the selection.
     */
    public List<Long> notReadableIn(String sessionId, long investigationId, Collection<Long> datasetIds)
            throws IcatException {
        List<Long> wanted = datasetIds.stream().distinct().toList();
        Set<Long> found = new HashSet<>();
        for (int from = 0; from < wanted.size(); from += ID_CHUNK) {
            String ids = wanted.subList(from, Math.min(wanted.size(), from + ID_CHUNK)).stream().map(String::valueOf)
                    .collect(Collectors.joining(","));
            for (JsonValue id : service.client().search(sessionId, "SELECT ds.id FROM Dataset ds WHERE"
                    + " ds.investigation.id = " + investigationId + " AND ds.id IN (" + ids + ")")) {
                found.add(((jakarta.json.JsonNumber) id).longValue());
            }
        }
        return wanted.stream().filter(id -> !found.contains(id)).toList();
    }

    /** A condition on {@code ds.name} containing the text in any case; LIKE's wildcards in it match themselves. */
    static String nameCondition(String nameFilter) {
        return containsCondition("ds.name", nameFilter);
    }

    /** {@code AND LOWER(<column>) LIKE '%text%'} with LIKE's wildcards and quotes taken literally; "" for no text. */
    static String containsCondition(String column, String text) {
        String lower = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (lower.isEmpty()) {
            return "";
        }
        String escaped = lower.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return " AND LOWER(" + column + ") LIKE " + ServiceCatalogue.quote("%" + escaped + "%") + " ESCAPE '!'";
    }

    /** Writes the DataCollection, its datasets and DOI parameters in one transaction; returns its id. */
    public long create(long investigationId, CollectionRequest request) throws IcatException {
        JsonArray facility = search("SELECT f.id FROM Facility f JOIN f.investigations i WHERE i.id = " + investigationId);
        long facilityId = facility.getJsonNumber(0).longValue();
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        request.datasetIds().stream().distinct()
                .forEach(id -> datasets.add(Json.createObjectBuilder().add("dataset", Json.createObjectBuilder().add("id", id))));
        JsonArrayBuilder parameters = Json.createArrayBuilder()
                .add(parameter(types.ensure(DoiParameterTypes.TITLE, facilityId), request.title()))
                .add(parameter(types.ensure(DoiParameterTypes.ABSTRACT, facilityId), request.abstractText()))
                .add(parameter(types.ensure(DoiParameterTypes.CREATORS, facilityId),
                        CollectionRequestCheck.creatorsJson(request.creators())));
        JsonObject collection = Json.createObjectBuilder()
                .add("dataCollectionDatasets", datasets)
                .add("parameters", parameters)
                .build();
        return service.call(session -> service.client().create(session, "DataCollection", collection));
    }

    /** Data collections written for a DOI (they have a {@code doi.title}) that do not have it yet. */
    public List<Long> withoutDoi() throws IcatException {
        List<Long> ids = new ArrayList<>();
        for (JsonValue id : search("SELECT DISTINCT dc.id FROM DataCollection dc JOIN dc.parameters p JOIN p.type t"
                + " WHERE dc.doi IS NULL AND t.name = '" + DoiParameterTypes.TITLE + "' ORDER BY dc.id")) {
            ids.add(((jakarta.json.JsonNumber) id).longValue());
        }
        return ids;
    }

    /** The collection with its parameters (and their types), if it exists. */
    public Optional<JsonObject> collection(long id) throws IcatException {
        JsonArray rows = search("SELECT dc FROM DataCollection dc WHERE dc.id = " + id + " INCLUDE dc.parameters p, p.type");
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getJsonObject(0).getJsonObject("DataCollection"));
    }

    /** The investigations of the collection's datasets, with their instruments. */
    public List<JsonObject> investigationsOfCollection(long id) throws IcatException {
        List<JsonObject> investigations = new ArrayList<>();
        for (JsonValue row : search("SELECT DISTINCT i FROM Investigation i JOIN i.datasets ds JOIN"
                + " ds.dataCollectionDatasets dcd JOIN dcd.dataCollection dc WHERE dc.id = " + id
                + " INCLUDE i.investigationInstruments ii, ii.instrument")) {
            investigations.add(row.asJsonObject().getJsonObject("Investigation"));
        }
        return investigations;
    }

    public void storeDoi(long collectionId, Doi doi) throws IcatException {
        service.call(session -> {
            service.client().update(session, "DataCollection",
                    Json.createObjectBuilder().add("id", collectionId).add("doi", doi.toString()).build());
            return null;
        });
    }

    private static JsonObject parameter(long typeId, String value) {
        return Json.createObjectBuilder().add("type", Json.createObjectBuilder().add("id", typeId))
                .add("stringValue", value).build();
    }

    private JsonArray search(String query) throws IcatException {
        return service.call(session -> service.client().search(session, query));
    }
}
