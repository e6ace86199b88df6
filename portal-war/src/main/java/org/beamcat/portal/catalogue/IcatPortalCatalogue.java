package org.beamcat.portal.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.client.IcatException;
import org.beamcat.icat.client.IcatQuery;
import org.beamcat.portal.catalogue.CatalogueException.Kind;
import org.beamcat.portal.catalogue.InvestigationDetail.Member;
import org.beamcat.portal.catalogue.InvestigationDetail.Parameter;
import org.beamcat.portal.catalogue.Sorts.DatafileSort;
import org.beamcat.portal.catalogue.Sorts.DatasetSort;
import org.beamcat.portal.catalogue.Sorts.InvestigationSort;

/**
 * {@link PortalCatalogue} over icat-client, always with the caller's own session. Every list is one page query
 * (ORDER BY a column and the id, LIMIT) and one COUNT; per-row extras (beamlines, file counts and sizes) are one
 * more query for the ids of that page only, so a page costs the same for ten datasets or ten thousand, and a
 * dataset of a million files is never loaded.
 */
@ApplicationScoped
public class IcatPortalCatalogue implements PortalCatalogue {

    /** At most this many members, samples or parameters on an investigation's or dataset's page. */
    static final int DETAIL_LIMIT = 100;

    @Inject
    IcatClient icat;

    public IcatPortalCatalogue() {
    }

    IcatPortalCatalogue(IcatClient icat) {
        this.icat = icat;
    }

    // --- sessions --------------------------------------------------------------------------------

    @Override
    public List<Authenticator> authenticators() throws CatalogueException {
        JsonObject properties = IcatCalls.call(() -> icat.properties());
        List<Authenticator> result = new ArrayList<>();
        JsonArray described = properties.getJsonArray("authenticators");
        if (described == null) {
            return result;
        }
        for (JsonValue value : described) {
            JsonObject authenticator = value.asJsonObject();
            String mnemonic = IcatJson.text(authenticator, "mnemonic");
            if (mnemonic == null) {
                continue;
            }
            JsonObject description = authenticator.getJsonObject("description");
            JsonArray keys = description != null ? description.getJsonArray("keys") : authenticator.getJsonArray("keys");
            List<Authenticator.CredentialKey> credentialKeys = new ArrayList<>();
            if (keys != null) {
                for (JsonValue key : keys) {
                    JsonObject k = key.asJsonObject();
                    String name = IcatJson.text(k, "name");
                    if (name != null) {
                        credentialKeys.add(new Authenticator.CredentialKey(name, k.getBoolean("hide", false)));
                    }
                }
            }
            String friendly = IcatJson.text(authenticator, "friendly");
            result.add(new Authenticator(mnemonic, friendly != null ? friendly : mnemonic, credentialKeys));
        }
        return result;
    }

    @Override
    public Caller login(String authenticator, Map<String, String> credentials) throws CatalogueException {
        String sessionId;
        try {
            sessionId = icat.login(authenticator, credentials);
        } catch (IcatException e) {
            if (e.type() == IcatErrorType.INTERNAL) {
                throw new CatalogueException(Kind.UNAVAILABLE, "the catalogue could not be reached", e);
            }
            throw new CatalogueException(Kind.LOGIN_REFUSED, "the catalogue refused the login", e);
        }
        String userName = IcatCalls.call(() -> icat.session(sessionId)).userName();
        return new Caller(sessionId, userName);
    }

    @Override
    public void refresh(Caller caller) throws CatalogueException {
        IcatCalls.call(() -> {
            icat.refresh(caller.sessionId());
            return null;
        });
    }

    @Override
    public void logout(Caller caller) throws CatalogueException {
        try {
            icat.logout(caller.sessionId());
        } catch (IcatException e) {
            if (e.type() == IcatErrorType.INTERNAL) {
                throw new CatalogueException(Kind.UNAVAILABLE, "the catalogue could not be reached", e);
            }
            // SESSION: already ended, which is what was asked
        }
    }

    // --- investigations --------------------------------------------------------------------------

    private static String investigationsFrom(InvestigationScope scope) {
        return switch (scope) {
            case MINE -> " FROM Investigation i JOIN i.investigationUsers iu JOIN iu.user u WHERE u.name = :user";
            case PUBLIC -> " FROM Investigation i WHERE i.releaseDate <= :now";
            case ALL -> " FROM Investigation i WHERE i.id > 0";
        };
    }

    private static IcatQuery bindScope(IcatQuery query, InvestigationScope scope, Caller caller) {
        return switch (scope) {
            case MINE -> query.with("user", caller.userName());
            case PUBLIC -> query.with("now", Instant.now());
            case ALL -> query;
        };
    }

    @Override
    public Page<InvestigationRow> investigations(Caller caller, InvestigationScope scope, Slice<InvestigationSort> slice)
            throws CatalogueException {
        String column = switch (slice.sort()) {
            case NAME -> "i.name";
            case TITLE -> "i.title";
            case START -> "i.startDate";
            case END -> "i.endDate";
        };
        ListQuery.Found found = new ListQuery("Investigation", "i", investigationsFrom(scope),
                query -> bindScope(query, scope, caller), "").page(icat, caller, slice, column);
        Map<Long, List<String>> beamlines = beamlines(caller, found.rows().stream().map(IcatJson::id).toList());
        List<InvestigationRow> result = found.rows().stream().map(i -> new InvestigationRow(IcatJson.id(i), IcatJson.text(i, "name"),
                IcatJson.text(i, "visitId"), IcatJson.text(i, "title"), IcatJson.date(i, "startDate"),
                IcatJson.date(i, "endDate"), IcatJson.date(i, "releaseDate"),
                beamlines.getOrDefault(IcatJson.id(i), List.of()))).toList();
        return new Page<>(result, found.total(), slice.page(), slice.size());
    }

    @Override
    public long countInvestigations(Caller caller, InvestigationScope scope) throws CatalogueException {
        return single(caller, bindScope(IcatQuery.of("SELECT COUNT(i)" + investigationsFrom(scope)), scope, caller));
    }

    @Override
    public long countMineReleased(Caller caller) throws CatalogueException {
        return single(caller, IcatQuery.of("SELECT COUNT(i)" + investigationsFrom(InvestigationScope.MINE)
                + " AND i.releaseDate <= :now").with("user", caller.userName()).with("now", Instant.now()));
    }

    /** The beamline names of each investigation, in one query for the ids of a page. */
    private Map<Long, List<String>> beamlines(Caller caller, List<Long> investigationIds) throws CatalogueException {
        Map<Long, List<String>> result = new HashMap<>();
        if (investigationIds.isEmpty()) {
            return result;
        }
        JsonArray rows = search(caller, IcatQuery.of("SELECT ii.investigation.id, ii.instrument.name"
                + " FROM InvestigationInstrument ii WHERE ii.investigation.id IN :ids ORDER BY ii.instrument.name")
                .withNumbers("ids", investigationIds));
        for (JsonValue row : rows) {
            JsonArray pair = row.asJsonArray();
            Long id = IcatJson.number(pair.get(0));
            if (id != null && pair.get(1).getValueType() == JsonValue.ValueType.STRING) {
                result.computeIfAbsent(id, k -> new ArrayList<>()).add(pair.getString(1));
            }
        }
        return result;
    }

    @Override
    public Optional<InvestigationDetail> investigation(Caller caller, long id) throws CatalogueException {
        JsonArray found = search(caller, IcatQuery.of("SELECT i FROM Investigation i WHERE i.id = :id INCLUDE i.type")
                .with("id", id));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        JsonObject i = IcatJson.inner(found.get(0), "Investigation");
        List<Member> members = new ArrayList<>();
        for (JsonValue row : search(caller, IcatQuery.of("SELECT iu FROM InvestigationUser iu"
                + " WHERE iu.investigation.id = :id ORDER BY iu.id LIMIT 0, :limit INCLUDE iu.user")
                .with("id", id).with("limit", DETAIL_LIMIT))) {
            JsonObject member = IcatJson.inner(row, "InvestigationUser");
            members.add(new Member(IcatJson.text(member, "user", "name"), IcatJson.text(member, "user", "fullName"),
                    IcatJson.text(member, "role")));
        }
        List<String> samples = new ArrayList<>();
        for (JsonValue row : search(caller, IcatQuery.of("SELECT s.name FROM Sample s WHERE s.investigation.id = :id"
                + " ORDER BY s.name LIMIT 0, :limit").with("id", id).with("limit", DETAIL_LIMIT))) {
            if (row.getValueType() == JsonValue.ValueType.STRING) {
                samples.add(((jakarta.json.JsonString) row).getString());
            }
        }
        long sampleCount = single(caller, IcatQuery.of("SELECT COUNT(s) FROM Sample s WHERE s.investigation.id = :id")
                .with("id", id));
        List<Parameter> parameters = parameters(caller, IcatQuery.of("SELECT p FROM InvestigationParameter p"
                + " WHERE p.investigation.id = :id ORDER BY p.id LIMIT 0, :limit INCLUDE p.type")
                .with("id", id).with("limit", DETAIL_LIMIT), "InvestigationParameter");
        return Optional.of(new InvestigationDetail(id, IcatJson.text(i, "name"), IcatJson.text(i, "visitId"),
                IcatJson.text(i, "title"), IcatJson.text(i, "summary"), IcatJson.text(i, "type", "name"),
                IcatJson.text(i, "doi"), IcatJson.date(i, "startDate"), IcatJson.date(i, "endDate"),
                IcatJson.date(i, "releaseDate"), beamlines(caller, List.of(id)).getOrDefault(id, List.of()), members,
                samples, sampleCount, parameters));
    }

    private List<Parameter> parameters(Caller caller, IcatQuery query, String entity) throws CatalogueException {
        List<Parameter> result = new ArrayList<>();
        for (JsonValue row : search(caller, query)) {
            JsonObject p = IcatJson.inner(row, entity);
            String value = IcatJson.text(p, "stringValue");
            if (value == null) {
                Double number = IcatJson.decimal(p, "numericValue");
                value = number != null ? ParameterValues.format(number) : IcatJson.text(p, "dateTimeValue");
            }
            result.add(new Parameter(IcatJson.text(p, "type", "name"), value, IcatJson.text(p, "type", "units")));
        }
        return result;
    }

    // --- datasets and datafiles ------------------------------------------------------------------

    @Override
    public Page<DatasetRow> datasets(Caller caller, long investigationId, Slice<DatasetSort> slice)
            throws CatalogueException {
        String column = switch (slice.sort()) {
            case NAME -> "d.name";
            case START -> "d.startDate";
            case END -> "d.endDate";
        };
        ListQuery.Found found = new ListQuery("Dataset", "d", " FROM Dataset d WHERE d.investigation.id = :inv",
                query -> query.with("inv", investigationId), " INCLUDE d.type, d.sample").page(icat, caller, slice, column);
        Map<Long, long[]> files = fileTotals(caller, found.rows().stream().map(IcatJson::id).toList());
        List<DatasetRow> result = found.rows().stream().map(d -> {
            long[] totals = files.getOrDefault(IcatJson.id(d), new long[2]);
            return new DatasetRow(IcatJson.id(d), IcatJson.text(d, "name"), IcatJson.text(d, "sample", "name"),
                    IcatJson.text(d, "type", "name"), IcatJson.date(d, "startDate"), IcatJson.date(d, "endDate"),
                    totals[0], totals[1]);
        }).toList();
        return new Page<>(result, found.total(), slice.page(), slice.size());
    }

    /** Number and total size of the files of each dataset, in one GROUP BY over the ids of a page. */
    private Map<Long, long[]> fileTotals(Caller caller, List<Long> datasetIds) throws CatalogueException {
        Map<Long, long[]> result = new LinkedHashMap<>();
        if (datasetIds.isEmpty()) {
            return result;
        }
        for (JsonValue row : search(caller, IcatQuery.of("SELECT f.dataset.id, COUNT(f.id), SUM(f.fileSize)"
                + " FROM Datafile f WHERE f.dataset.id IN :ids GROUP BY f.dataset.id").withNumbers("ids", datasetIds))) {
            JsonArray values = row.asJsonArray();
            Long id = IcatJson.number(values.get(0));
            Long files = IcatJson.number(values.get(1));
            Long bytes = IcatJson.number(values.get(2));
            if (id != null) {
                result.put(id, new long[] {files == null ? 0 : files, bytes == null ? 0 : bytes});
            }
        }
        return result;
    }

    @Override
    public Optional<DatasetDetail> dataset(Caller caller, long id) throws CatalogueException {
        JsonArray found = search(caller, IcatQuery.of("SELECT d FROM Dataset d WHERE d.id = :id"
                + " INCLUDE d.type, d.sample, d.investigation").with("id", id));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        JsonObject d = IcatJson.inner(found.get(0), "Dataset");
        JsonObject investigation = d.getJsonObject("investigation");
        List<Parameter> parameters = parameters(caller, IcatQuery.of("SELECT p FROM DatasetParameter p"
                + " WHERE p.dataset.id = :id ORDER BY p.id LIMIT 0, :limit INCLUDE p.type")
                .with("id", id).with("limit", DETAIL_LIMIT), "DatasetParameter");
        long[] totals = fileTotals(caller, List.of(id)).getOrDefault(id, new long[2]);
        return Optional.of(new DatasetDetail(id, IcatJson.text(d, "name"), IcatJson.text(d, "description"),
                IcatJson.text(d, "type", "name"), IcatJson.text(d, "sample", "name"), IcatJson.date(d, "startDate"),
                IcatJson.date(d, "endDate"), investigation == null ? 0 : IcatJson.id(investigation),
                IcatJson.text(investigation, "name"), IcatJson.text(investigation, "title"), parameters,
                totals[0], totals[1]));
    }

    @Override
    public Page<DatafileRow> datafiles(Caller caller, long datasetId, Slice<DatafileSort> slice)
            throws CatalogueException {
        String column = switch (slice.sort()) {
            case NAME -> "f.name";
            case SIZE -> "f.fileSize";
            case DATE -> "f.datafileModTime";
        };
        ListQuery.Found found = new ListQuery("Datafile", "f", " FROM Datafile f WHERE f.dataset.id = :ds",
                query -> query.with("ds", datasetId), " INCLUDE f.datafileFormat").page(icat, caller, slice, column);
        List<DatafileRow> result = new ArrayList<>();
        for (JsonObject f : found.rows()) {
            Instant modified = IcatJson.date(f, "datafileModTime");
            result.add(new DatafileRow(IcatJson.id(f), IcatJson.text(f, "name"), IcatJson.number(f, "fileSize"),
                    IcatJson.text(f, "datafileFormat", "name"), modified != null ? modified : IcatJson.date(f, "modTime")));
        }
        return new Page<>(result, found.total(), slice.page(), slice.size());
    }

    @Override
    public Optional<DatafilePlace> datafile(Caller caller, long id) throws CatalogueException {
        JsonArray rows = search(caller, IcatQuery.of("SELECT f.id, f.name, f.dataset.id FROM Datafile f WHERE f.id = :id")
                .with("id", id));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        JsonArray row = rows.get(0).asJsonArray();
        Long datasetId = IcatJson.number(row.get(2));
        return datasetId == null ? Optional.empty()
                : Optional.of(new DatafilePlace(id, row.getString(1, ""), datasetId));
    }

    // --- searching -------------------------------------------------------------------------------

    @Override
    public DocumentPage searchDocuments(Caller caller, String query, String sort, String cursor, int size)
            throws CatalogueException {
        JsonObject answer = IcatCalls.call(() -> icat.searchDocuments(caller.sessionId(), query, sort, cursor, size));
        return DocumentAnswers.page(answer);
    }

    // --- calls -----------------------------------------------------------------------------------

    private JsonArray search(Caller caller, IcatQuery query) throws CatalogueException {
        return IcatCalls.search(icat, caller.sessionId(), query);
    }

    private long single(Caller caller, IcatQuery query) throws CatalogueException {
        return IcatCalls.count(icat, caller.sessionId(), query);
    }
}
