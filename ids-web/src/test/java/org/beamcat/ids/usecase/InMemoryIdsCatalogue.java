package org.beamcat.ids.usecase;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.beamcat.ids.core.DataSelection;
import org.beamcat.ids.error.IdsException;
import org.beamcat.ids.error.InsufficientPrivilegesException;
import org.beamcat.ids.error.NotFoundException;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;
import org.beamcat.ids.twolevel.CatalogueView;

/**
 * The catalogue in memory, as the IDS use cases and its background work see it: investigations hold
 * datasets, datasets hold datafiles, and a session reads the investigations it was given (the catalogue's
 * READ rules reduced to membership). A session it does not know is refused as ICAT refuses an expired one
 * (403). {@link #failNextCreate} and {@link #failNextDelete} make the next write fail.
 */
final class InMemoryIdsCatalogue implements IdsCatalogue, CatalogueView {

    static final String READER = "reader-session";

    final Map<Long, DsInfo> datasets = new TreeMap<>();
    final Map<Long, DfInfo> datafiles = new TreeMap<>();
    final Set<Long> formats = new HashSet<>(Set.of(1L));
    private final Map<String, String> users = new HashMap<>();
    private final Map<String, Set<Long>> readable = new HashMap<>();
    private boolean readerConfigured = true;
    private long nextId = 1000;
    IdsException failNextCreate;
    RuntimeException failNextCreateUnexpectedly;
    IdsException failNextDelete;
    int calls;

    synchronized InMemoryIdsCatalogue session(String sessionId, String user, Long... investigationIds) {
        users.put(sessionId, user);
        readable.put(sessionId, new HashSet<>(List.of(investigationIds)));
        return this;
    }

    synchronized void withoutReader() {
        readerConfigured = false;
    }

    synchronized DsInfo dataset(long invId, long dsId) {
        DsInfo ds = new DsInfo(dsId, "ds" + dsId, null, invId, "inv" + invId, "N/A", 5L, "Fac");
        datasets.put(dsId, ds);
        return ds;
    }

    synchronized DfInfo datafile(DsInfo ds, long dfId, String location, long size) {
        DfInfo df = new DfInfo(dfId, "file" + dfId, location, null, null, ds.dsId(), size, null);
        datafiles.put(dfId, df);
        return df;
    }

    @Override
    public synchronized String userName(String sessionId) throws IdsException {
        calls++;
        return user(sessionId);
    }

    @Override
    public synchronized DataSelection resolve(String sessionId, SelectionIds ids) throws IdsException {
        calls++;
        user(sessionId);
        return select(readable.get(sessionId), ids);
    }

    @Override
    public synchronized DataSelection resolveAsReader(SelectionIds ids) throws IdsException {
        calls++;
        if (!readerConfigured) {
            throw new InsufficientPrivilegesException("No IDS reader account is configured");
        }
        return select(null, ids);
    }

    /** @param investigations those readable, or null for the reader, who reads everything */
    private DataSelection select(Set<Long> investigations, SelectionIds ids) throws IdsException {
        Map<Long, DsInfo> selected = new TreeMap<>();
        List<DfInfo> files = new ArrayList<>();
        for (long invId : ids.investigations()) {
            if (datasets.values().stream().noneMatch(ds -> ds.invId() == invId)) {
                throw new NotFoundException("Investigation " + invId);
            }
            requireReadable(investigations, invId, "Investigation " + invId);
            datasets.values().stream().filter(ds -> ds.invId() == invId).forEach(ds -> selected.put(ds.dsId(), ds));
        }
        for (long dsId : ids.datasets()) {
            DsInfo ds = datasets.get(dsId);
            if (ds == null) {
                throw new NotFoundException("Dataset " + dsId);
            }
            requireReadable(investigations, ds.invId(), "Dataset " + dsId);
            selected.put(dsId, ds);
        }
        for (DfInfo df : datafiles.values()) {
            if (selected.containsKey(df.dsId())) {
                files.add(df);
            }
        }
        for (long dfId : ids.datafiles()) {
            DfInfo df = datafiles.get(dfId);
            if (df == null) {
                throw new NotFoundException("Datafile " + dfId);
            }
            DsInfo ds = datasets.get(df.dsId());
            requireReadable(investigations, ds.invId(), "Datafile " + dfId);
            selected.put(ds.dsId(), ds);
            files.add(df);
        }
        return new DataSelection(List.copyOf(selected.values()), files);
    }

    private static void requireReadable(Set<Long> investigations, long invId, String what)
            throws InsufficientPrivilegesException {
        if (investigations != null && !investigations.contains(invId)) {
            throw new InsufficientPrivilegesException(what + " is not readable");
        }
    }

    private String user(String sessionId) throws InsufficientPrivilegesException {
        String user = users.get(sessionId);
        if (user == null) {
            throw new InsufficientPrivilegesException("Unable to find user by sessionid: " + sessionId);
        }
        return user;
    }

    @Override
    public synchronized PutTarget putTarget(String sessionId, long datasetId, long datafileFormatId)
            throws IdsException {
        calls++;
        user(sessionId);
        DsInfo ds = datasets.get(datasetId);
        if (ds == null) {
            throw new NotFoundException("Dataset " + datasetId);
        }
        requireReadable(readable.get(sessionId), ds.invId(), "Dataset " + datasetId);
        if (!formats.contains(datafileFormatId)) {
            throw new NotFoundException("DatafileFormat " + datafileFormatId);
        }
        Optional<DfInfo> first = datafiles.values().stream().filter(df -> df.dsId() == datasetId).findFirst();
        return new PutTarget(ds, first);
    }

    @Override
    public synchronized long createDatafile(String sessionId, NewDatafile datafile) throws IdsException {
        calls++;
        user(sessionId);
        if (failNextCreate != null) {
            IdsException e = failNextCreate;
            failNextCreate = null;
            throw e;
        }
        if (failNextCreateUnexpectedly != null) {
            RuntimeException e = failNextCreateUnexpectedly;
            failNextCreateUnexpectedly = null;
            throw e;
        }
        long id = nextId++;
        datafiles.put(id, new DfInfo(id, datafile.name(), datafile.location(), null, null, datafile.datasetId(),
                datafile.size(), datafile.checksum()));
        return id;
    }

    @Override
    public synchronized void deleteDatafiles(String sessionId, Collection<Long> datafileIds) throws IdsException {
        calls++;
        user(sessionId);
        if (failNextDelete != null) {
            IdsException e = failNextDelete;
            failNextDelete = null;
            throw e;
        }
        datafileIds.forEach(datafiles::remove);
    }

    @Override
    public synchronized Set<String> unsharedLocations(String sessionId, Collection<String> locations) {
        calls++;
        Set<String> unshared = new HashSet<>();
        for (String location : locations) {
            if (datafiles.values().stream().noneMatch(df -> df.dfLocation().startsWith(location))) {
                unshared.add(location);
            }
        }
        return unshared;
    }

    @Override
    public synchronized void requireStillExist(List<Long> datafileIds) throws IdsException {
        calls++;
        if (readerConfigured && !datafiles.keySet().containsAll(datafileIds)) {
            throw new NotFoundException("One of the data files requested has been deleted");
        }
    }

    // --- what background work asks (CatalogueView) ---

    @Override
    public synchronized List<DfInfo> datafiles(DsInfo dataset) {
        return datafiles.values().stream().filter(df -> df.dsId().equals(dataset.dsId())).toList();
    }

    @Override
    public synchronized List<DsInfo> datasetsMatching(DsInfo partial) {
        return datasets.values().stream().filter(ds -> partial.dsId() == null || partial.dsId().equals(ds.dsId()))
                .toList();
    }

    @Override
    public synchronized Set<String> datasetLocationsAmong(Collection<String> folders) {
        Set<String> found = new HashSet<>();
        datasets.values().stream().map(DsInfo::dsLocation).filter(folders::contains).forEach(found::add);
        return found;
    }

    @Override
    public synchronized List<DfInfo> datafilesMatching(DfInfo partial) {
        return datafiles.values().stream()
                .filter(df -> partial.dfLocation() == null || partial.dfLocation().equals(df.dfLocation())).toList();
    }
}
