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
import org.beamcat.icat.client.IcatException;
import org.beamcat.icat.client.IcatQuery;
import org.beamcat.landing.catalogue.DoiParameterTypes;
import org.beamcat.landing.catalogue.ServiceCatalogue;
import org.beamcat.landing.doi.Doi;

/**
 * {@link CollectionCatalogue} over icat-client: searches a user may only partly read run with their own session
 * (the catalogue's rules decide), the others as the DOI service's user.
 */
@ApplicationScoped
public class IcatCollectionCatalogue implements CollectionCatalogue {

    /** How many ids one readability check sends to the catalogue. */
    static final int ID_CHUNK = 500;

    private static final String INVESTIGATIONS_ROOT = "SELECT i FROM Investigation i";
    private static final String INVESTIGATIONS_MEMBER = "SELECT i FROM Investigation i"
            + " JOIN i.investigationUsers iu JOIN iu.user u WHERE u.name = :user";
    private static final String NAME_LIKE = "LOWER(i.name) LIKE :filter ESCAPE '!'";
    private static final String INVESTIGATIONS_ORDER = " ORDER BY i.name LIMIT 0, :limit";
    private static final String DATASETS_FROM = " FROM Dataset ds WHERE ds.investigation.id = :investigation";
    private static final String DATASET_NAME_LIKE = " AND LOWER(ds.name) LIKE :filter ESCAPE '!'";

    @Inject
    ServiceCatalogue service;

    @Inject
    DoiParameterTypes types;

    @Override
    public String userOf(String sessionId) throws IcatException {
        return service.client().session(sessionId).userName();
    }

    @Override
    public boolean isRoot(String userName) {
        return service.isRootUser(userName);
    }

    @Override
    public InvestigationChoices investigationsOf(String userName, String nameFilter) throws IcatException {
        List<InvestigationChoice> choices = new ArrayList<>();
        for (JsonValue row : service.search(investigationsQuery(isRoot(userName), userName, nameFilter))) {
            JsonObject i = row.asJsonObject().getJsonObject("Investigation");
            choices.add(new InvestigationChoice(i.getJsonNumber("id").longValue(), i.getString("name", ""),
                    i.getString("title", "")));
        }
        boolean more = choices.size() > PAGE;
        return new InvestigationChoices(more ? List.copyOf(choices.subList(0, PAGE)) : List.copyOf(choices), more);
    }

    /** The investigations a user may mint for (root: all), by name, one more than a page. */
    static IcatQuery investigationsQuery(boolean root, String userName, String nameFilter) {
        Optional<String> pattern = containsPattern(nameFilter);
        String text = root
                ? INVESTIGATIONS_ROOT + (pattern.isPresent() ? " WHERE " + NAME_LIKE : "")
                : INVESTIGATIONS_MEMBER + (pattern.isPresent() ? " AND " + NAME_LIKE : "");
        IcatQuery query = IcatQuery.of(text + INVESTIGATIONS_ORDER).with("limit", PAGE + 1);
        if (!root) {
            query = query.with("user", userName);
        }
        return pattern.isPresent() ? query.with("filter", pattern.get()) : query;
    }

    @Override
    public DatasetChoicePage datasetsOf(String sessionId, long investigationId, String nameFilter, int offset)
            throws IcatException {
        List<DatasetChoice> choices = new ArrayList<>();
        String page = datasetsQuery("SELECT ds.id, ds.name", investigationId, nameFilter,
                " ORDER BY ds.name, ds.id LIMIT :offset, :size").with("offset", Math.max(0, offset))
                .with("size", DATASET_PAGE).text();
        for (JsonValue row : service.client().search(sessionId, page)) {
            JsonArray r = row.asJsonArray();
            choices.add(new DatasetChoice(r.getJsonNumber(0).longValue(), r.isNull(1) ? "" : r.getString(1)));
        }
        JsonArray count = service.client().search(sessionId,
                datasetsQuery("SELECT COUNT(ds.id)", investigationId, nameFilter, "").text());
        return new DatasetChoicePage(choices, count.isEmpty() ? 0 : count.getJsonNumber(0).longValue());
    }

    /** {@code <select> FROM Dataset ds WHERE …investigation… [AND name LIKE …]<tail>}, values bound but the tail's. */
    static IcatQuery datasetsQuery(String select, long investigationId, String nameFilter, String tail) {
        Optional<String> pattern = containsPattern(nameFilter);
        IcatQuery query = IcatQuery.of(select + DATASETS_FROM + (pattern.isPresent() ? DATASET_NAME_LIKE : "") + tail)
                .with("investigation", investigationId);
        return pattern.isPresent() ? query.with("filter", pattern.get()) : query;
    }

    @Override
    public boolean isMember(String userName, long investigationId) throws IcatException {
        return !service.search(IcatQuery.of("SELECT iu.id FROM InvestigationUser iu JOIN iu.investigation i"
                + " JOIN iu.user u WHERE i.id = :investigation AND u.name = :user")
                .with("investigation", investigationId).with("user", userName)).isEmpty();
    }

    @Override
    public List<Long> notReadableIn(String sessionId, long investigationId, Collection<Long> datasetIds)
            throws IcatException {
        List<Long> wanted = datasetIds.stream().distinct().toList();
        Set<Long> found = new HashSet<>();
        IcatQuery readable = IcatQuery.of("SELECT ds.id FROM Dataset ds WHERE ds.investigation.id = :investigation"
                + " AND ds.id IN :ids").with("investigation", investigationId);
        for (int from = 0; from < wanted.size(); from += ID_CHUNK) {
            String query = readable.withNumbers("ids", wanted.subList(from, Math.min(wanted.size(), from + ID_CHUNK)))
                    .text();
            for (JsonValue id : service.client().search(sessionId, query)) {
                found.add(((jakarta.json.JsonNumber) id).longValue());
            }
        }
        return wanted.stream().filter(id -> !found.contains(id)).toList();
    }

    /** {@code %text%} in lower case with LIKE's wildcards and its escape taken literally; empty for no text. */
    static Optional<String> containsPattern(String text) {
        String lower = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (lower.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("%" + lower.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
    }

    @Override
    public long create(long investigationId, CollectionRequest request) throws IcatException {
        JsonArray facility = service.search(IcatQuery.of(
                "SELECT f.id FROM Facility f JOIN f.investigations i WHERE i.id = :investigation")
                .with("investigation", investigationId));
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
        return service.account().create("DataCollection", collection);
    }

    @Override
    public List<Long> withoutDoi() throws IcatException {
        List<Long> ids = new ArrayList<>();
        for (JsonValue id : service.search(IcatQuery.of("SELECT DISTINCT dc.id FROM DataCollection dc"
                + " JOIN dc.parameters p JOIN p.type t WHERE dc.doi IS NULL AND t.name = :type ORDER BY dc.id")
                .with("type", DoiParameterTypes.TITLE))) {
            ids.add(((jakarta.json.JsonNumber) id).longValue());
        }
        return ids;
    }

    @Override
    public Optional<JsonObject> collection(long id) throws IcatException {
        JsonArray rows = service.search(IcatQuery.of("SELECT dc FROM DataCollection dc WHERE dc.id = :id"
                + " INCLUDE dc.parameters p, p.type").with("id", id));
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getJsonObject(0).getJsonObject("DataCollection"));
    }

    @Override
    public List<JsonObject> investigationsOfCollection(long id) throws IcatException {
        List<JsonObject> investigations = new ArrayList<>();
        for (JsonValue row : service.search(IcatQuery.of("SELECT DISTINCT i FROM Investigation i JOIN i.datasets ds"
                + " JOIN ds.dataCollectionDatasets dcd JOIN dcd.dataCollection dc WHERE dc.id = :id"
                + " INCLUDE i.investigationInstruments ii, ii.instrument").with("id", id))) {
            investigations.add(row.asJsonObject().getJsonObject("Investigation"));
        }
        return investigations;
    }

    @Override
    public void storeDoi(long collectionId, Doi doi) throws IcatException {
        service.account().update("DataCollection",
                Json.createObjectBuilder().add("id", collectionId).add("doi", doi.toString()).build());
    }

    private static JsonObject parameter(long typeId, String value) {
        return Json.createObjectBuilder().add("type", Json.createObjectBuilder().add("id", typeId))
                .add("stringValue", value).build();
    }
}
