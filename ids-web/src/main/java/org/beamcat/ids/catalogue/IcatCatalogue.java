package org.beamcat.ids.catalogue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.beamcat.icat.client.CatalogueAccount;
import org.beamcat.icat.client.EntityRef;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.IcatDates;
import org.beamcat.icat.client.IcatException;
import org.beamcat.icat.client.IcatPagingException;
import org.beamcat.icat.client.IcatQuery;
import org.beamcat.ids.core.DataSelection;
import org.beamcat.ids.error.IdsException;
import org.beamcat.ids.error.InsufficientPrivilegesException;
import org.beamcat.ids.error.NotFoundException;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.usecase.IdsCatalogue;
import org.beamcat.ids.usecase.SelectionIds;

/**
 * The IDS's catalogue port ({@link IdsCatalogue}) over icat-client (contract 2.13): every search an
 * {@link IcatQuery} with typed values. Calls that take a sessionId run with the caller's own session, so the
 * catalogue's READ rules decide access; the reader account (optional) is an icat-client
 * {@link CatalogueAccount}. Large selections are read page by page.
 */
public final class IcatCatalogue implements IdsCatalogue {

    /** Rows per page when walking the datasets or datafiles of a selection. */
    static final int PAGE = 1000;
    /** Ids per {@code IN (…)} list. */
    static final int CHUNK = 500;

    private static final String DATASET_WITH_PARENTS = "Dataset ds INCLUDE ds.investigation inv, inv.facility";
    private static final IcatQuery INVESTIGATIONS =
            IcatQuery.of("SELECT inv FROM Investigation inv WHERE inv.id IN :ids INCLUDE inv.facility");
    private static final IcatQuery DATASETS_OF_INVESTIGATIONS = IcatQuery.of("SELECT ds FROM Dataset ds"
            + " WHERE ds.investigation.id IN :ids ORDER BY ds.id INCLUDE ds.investigation");
    private static final IcatQuery DATASETS = IcatQuery.of("SELECT ds FROM Dataset ds WHERE ds.id IN :ids"
            + " INCLUDE ds.investigation inv, inv.facility");
    private static final IcatQuery DATAFILES_OF_DATASETS = IcatQuery.of("SELECT df FROM Datafile df"
            + " WHERE df.dataset.id IN :ids AND df.location IS NOT NULL ORDER BY df.id INCLUDE df.dataset");
    private static final IcatQuery DATAFILES = IcatQuery.of("SELECT df FROM Datafile df"
            + " WHERE df.id IN :ids AND df.location IS NOT NULL INCLUDE df.dataset");
    private static final IcatQuery DATAFILES_OF_DATASET = IcatQuery.of("SELECT df FROM Datafile df"
            + " WHERE df.dataset.id = :id AND df.location IS NOT NULL ORDER BY df.id");
    private static final IcatQuery FIRST_DATAFILE_OF_DATASET = IcatQuery.of("SELECT df FROM Datafile df"
            + " WHERE df.dataset.id = :id AND df.location IS NOT NULL ORDER BY df.id LIMIT 0, 1");
    private static final IcatQuery DATAFILES_AT_LOCATION = IcatQuery.of("SELECT COUNT(df) FROM Datafile df"
            + " WHERE df.location LIKE :prefix ESCAPE '!'");
    private static final IcatQuery COUNT_DATAFILES = IcatQuery.of("SELECT COUNT(df) FROM Datafile df WHERE df.id IN :ids");

    private final IcatClient icat;
    private final Optional<CatalogueAccount> reader;

    /** @param reader the IDS reader account, if one is configured */
    public IcatCatalogue(IcatClient icat, Optional<CatalogueAccount> reader) {
        this.icat = icat;
        this.reader = reader;
    }

    Optional<CatalogueAccount> reader() {
        return reader;
    }

    @Override
    public String userName(String sessionId) throws IdsException {
        try {
            return icat.session(sessionId).userName();
        } catch (IcatException e) {
            throw IcatErrors.translate(e);
        }
    }

    @Override
    public DataSelection resolve(String sessionId, SelectionIds ids) throws IdsException {
        try {
            return resolveWith(sessionId, ids.investigations(), ids.datasets(), ids.datafiles());
        } catch (IcatException e) {
            throw IcatErrors.translate(e);
        } catch (IcatPagingException e) {
            throw IcatErrors.translate(e.icatException());
        }
    }

    @Override
    public DataSelection resolveAsReader(SelectionIds ids) throws IdsException {
        try {
            return requireReader().call(session -> {
                try {
                    return resolveWith(session, ids.investigations(), ids.datasets(), ids.datafiles());
                } catch (IdsException e) {
                    throw new WrappedIds(e);
                } catch (IcatPagingException e) {
                    throw e.icatException();
                }
            });
        } catch (WrappedIds e) {
            throw e.ids;
        } catch (IcatException e) {
            throw IcatErrors.translate(e);
        }
    }

    private CatalogueAccount requireReader() throws InsufficientPrivilegesException {
        return reader.orElseThrow(() -> new InsufficientPrivilegesException(
                "No IDS reader account is configured (beamcat.ids.reader.*), so a sessionId is needed"));
    }

    /**
     * Reads the selection in bounded steps: ids go to the catalogue {@link #CHUNK} at a time in an
     * {@code IN (…)} list, and long answers come page by page, so a list of 100,000 ids makes a few hundred
     * small queries rather than one huge one or one call per id. An id the caller cannot see is then read
     * on its own, so that the catalogue says 403 or 404 for it. (DataSelection puts everything in id order.)
     */
    private DataSelection resolveWith(String session, List<Long> investigationIds, List<Long> datasetIds,
            List<Long> datafileIds) throws IcatException, IdsException {
        Map<Long, DsInfo> datasets = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(distinct(investigationIds))) {
            Map<Long, DsInfo> investigations = new HashMap<>();
            for (JsonValue row : search(session, INVESTIGATIONS.withNumbers("ids", chunk))) {
                DsInfo inv = IcatJson.investigation(IcatJson.body(row, "Investigation"));
                investigations.put(inv.invId(), inv);
            }
            requireAllRead(session, "Investigation", chunk, investigations.keySet());
            try (Stream<JsonValue> rows = searchAll(session, DATASETS_OF_INVESTIGATIONS.withNumbers("ids", chunk))) {
                for (JsonValue row : (Iterable<JsonValue>) rows::iterator) {
                    JsonObject ds = IcatJson.body(row, "Dataset");
                    DsInfo inv = investigations.get(IcatJson.number(IcatJson.object(ds, "investigation"), "id"));
                    datasets.putIfAbsent(IcatJson.number(ds, "id"), IcatJson.dsInfo(ds, inv));
                }
            }
        }
        readDatasets(session, distinct(datasetIds).stream().filter(id -> !datasets.containsKey(id)).toList(),
                datasets);
        List<DfInfo> datafiles = new ArrayList<>();
        for (List<Long> chunk : chunks(List.copyOf(datasets.keySet()))) {
            try (Stream<JsonValue> rows = searchAll(session, DATAFILES_OF_DATASETS.withNumbers("ids", chunk))) {
                rows.forEach(row -> datafiles.add(datafileOfDataset(IcatJson.body(row, "Datafile"))));
            }
        }
        Set<Long> otherDatasets = new HashSet<>();
        for (List<Long> chunk : chunks(distinct(datafileIds))) {
            Set<Long> found = new HashSet<>();
            for (JsonValue row : search(session, DATAFILES.withNumbers("ids", chunk))) {
                JsonObject datafile = IcatJson.body(row, "Datafile");
                if (IcatJson.object(datafile, "dataset") == null) {
                    throw new InsufficientPrivilegesException("Probably not able to read the dataset of datafile "
                            + IcatJson.number(datafile, "id"));
                }
                DfInfo df = datafileOfDataset(datafile);
                datafiles.add(df);
                found.add(df.dfId());
                if (!datasets.containsKey(df.dsId())) {
                    otherDatasets.add(df.dsId());
                }
            }
            for (long id : chunk) {
                if (!found.contains(id)) {
                    // Read it directly so that a permission error shows as 403 rather than 404.
                    icat.get(session, "Datafile", id);
                    throw new NotFoundException("Datafile " + id + " has no location");
                }
            }
        }
        readDatasets(session, List.copyOf(otherDatasets), datasets);
        return new DataSelection(new ArrayList<>(datasets.values()), datafiles);
    }

    /** Reads the datasets {@code ids} into {@code datasets}, chunk by chunk; every one must be readable. */
    private void readDatasets(String session, List<Long> ids, Map<Long, DsInfo> datasets)
            throws IcatException, IdsException {
        for (List<Long> chunk : chunks(ids)) {
            Set<Long> found = new HashSet<>();
            for (JsonValue row : search(session, DATASETS.withNumbers("ids", chunk))) {
                DsInfo ds = IcatJson.dsInfo(IcatJson.body(row, "Dataset"));
                datasets.put(ds.dsId(), ds);
                found.add(ds.dsId());
            }
            requireAllRead(session, "Dataset", chunk, found);
        }
    }

    /** A datafile read with {@code INCLUDE df.dataset}. */
    private static DfInfo datafileOfDataset(JsonObject df) {
        return IcatJson.dfInfo(df, IcatJson.number(IcatJson.object(df, "dataset"), "id"));
    }

    /**
     * Every id of the chunk was found, else the first missing one is read directly: the catalogue then says
     * whether it is unknown (404) or not the caller's to read (403).
     */
    private void requireAllRead(String session, String entity, List<Long> chunk, Set<Long> found)
            throws IcatException, IdsException {
        for (long id : chunk) {
            if (!found.contains(id)) {
                icat.get(session, entity, id);
                throw new InsufficientPrivilegesException(entity + " " + id
                        + " is readable, but not its investigation or facility");
            }
        }
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        return chunks;
    }

    /** A dataset with its investigation and facility, read with the given session. */
    DsInfo dataset(String session, long dsId) throws IcatException {
        return IcatJson.dsInfo(IcatJson.body(icat.get(session, DATASET_WITH_PARENTS, dsId), "Dataset"));
    }

    /** The datafiles with a location of a dataset, read with the given session. */
    List<DfInfo> datafilesOf(String session, long dsId) throws IcatException {
        try (Stream<JsonValue> rows = searchAll(session, DATAFILES_OF_DATASET.with("id", dsId))) {
            return rows.map(row -> IcatJson.dfInfo(IcatJson.body(row, "Datafile"), dsId)).toList();
        } catch (IcatPagingException e) {
            throw e.icatException(); // so that the reader account logs in again when its session has gone
        }
    }

    // --- put ---------------------------------------------------------------------------------------

    /** The registered datafile is the dataset's first. */
    @Override
    public PutTarget putTarget(String sessionId, long datasetId, long datafileFormatId) throws IdsException {
        try {
            DsInfo ds = dataset(sessionId, datasetId);
            JsonArray first = search(sessionId, FIRST_DATAFILE_OF_DATASET.with("id", datasetId));
            icat.get(sessionId, "DatafileFormat", datafileFormatId);
            return new PutTarget(ds, first.isEmpty() ? Optional.empty()
                    : Optional.of(IcatJson.dfInfo(IcatJson.body(first.get(0), "Datafile"), datasetId)));
        } catch (IcatException e) {
            throw IcatErrors.translate(e);
        }
    }

    @Override
    public long createDatafile(String sessionId, NewDatafile df) throws IdsException {
        JsonObjectBuilder fields = Json.createObjectBuilder().add("name", df.name()).add("location", df.location())
                .add("fileSize", df.size()).add("checksum", df.checksum())
                .add("datafileFormat", Json.createObjectBuilder().add("id", df.datafileFormatId()))
                .add("dataset", Json.createObjectBuilder().add("id", df.datasetId()));
        if (df.description() != null) {
            fields.add("description", df.description());
        }
        if (df.doi() != null) {
            fields.add("doi", df.doi());
        }
        if (df.createTimeMillis() != null) {
            fields.add("datafileCreateTime", IcatDates.format(Instant.ofEpochMilli(df.createTimeMillis())));
        }
        if (df.modTimeMillis() != null) {
            fields.add("datafileModTime", IcatDates.format(Instant.ofEpochMilli(df.modTimeMillis())));
        }
        try {
            return icat.create(sessionId, "Datafile", fields.build());
        } catch (IcatException e) {
            throw IcatErrors.translate(e);
        }
    }

    // --- delete ------------------------------------------------------------------------------------

    @Override
    public void deleteDatafiles(String sessionId, Collection<Long> ids) throws IdsException {
        if (ids.isEmpty()) {
            return;
        }
        try {
            icat.delete(sessionId, ids.stream().map(id -> new EntityRef("Datafile", id)).toList());
        } catch (IcatException e) {
            throw IcatErrors.translate(e);
        }
    }

    @Override
    public Set<String> unsharedLocations(String sessionId, Collection<String> locations) throws IdsException {
        Set<String> unshared = new HashSet<>();
        for (String location : new HashSet<>(locations)) {
            if (count(sessionId, DATAFILES_AT_LOCATION.withLikePrefix("prefix", location)) == 0) {
                unshared.add(location);
            }
        }
        return unshared;
    }

    // --- getData -----------------------------------------------------------------------------------

    @Override
    public void requireStillExist(List<Long> datafileIds) throws IdsException {
        if (reader.isEmpty()) {
            return;
        }
        for (List<Long> chunk : chunks(datafileIds)) {
            if (count(null, COUNT_DATAFILES.withNumbers("ids", chunk)) != chunk.size()) {
                throw new NotFoundException("One of the data files requested has been deleted");
            }
        }
    }

    /** A COUNT query with the reader account when there is one, else with the given session. */
    private long count(String sessionId, IcatQuery query) throws IdsException {
        try {
            JsonArray rows = reader.isPresent() ? reader.get().search(query) : search(sessionId, query);
            return rows.getJsonNumber(0).longValue();
        } catch (IcatException e) {
            throw IcatErrors.translate(e);
        }
    }

    private JsonArray search(String session, IcatQuery query) throws IcatException {
        return icat.search(session, query.text());
    }

    private Stream<JsonValue> searchAll(String session, IcatQuery query) throws IcatException {
        return icat.searchAll(session, query.text(), PAGE);
    }

    private static List<Long> distinct(List<Long> ids) {
        return ids.stream().distinct().toList();
    }

    /** Carries an IDS error through a reader call. */
    private static final class WrappedIds extends IcatException {
        private static final long serialVersionUID = 1L;
        final IdsException ids;

        WrappedIds(IdsException ids) {
            super(ids.getMessage(), ids);
            this.ids = ids;
        }
    }
}
