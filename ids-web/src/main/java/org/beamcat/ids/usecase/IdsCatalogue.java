package org.beamcat.ids.usecase;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.beamcat.ids.core.DataSelection;
import org.beamcat.ids.error.IdsException;
import org.beamcat.ids.plugin.DfInfo;
import org.beamcat.ids.plugin.DsInfo;

/**
 * What the IDS use cases ask the catalogue (contract 2.13). Calls that take a sessionId run with the caller's
 * own session, so the catalogue's READ rules are the access decision: an id the caller may not read is
 * {@code InsufficientPrivilegesException} (403), an unknown id {@code NotFoundException} (404), a bad or
 * expired session 403. The adapter over icat-client is {@code org.beamcat.ids.catalogue.IcatCatalogue}.
 */
public interface IdsCatalogue {

    /** The caller's user name, e.g. {@code simple/root}. */
    String userName(String sessionId) throws IdsException;

    /** The ids, read with the caller's session, as datasets (empty ones too) and datafiles with a location. */
    DataSelection resolve(String sessionId, SelectionIds ids) throws IdsException;

    /** The same with the IDS reader account (getStatus without a sessionId); 403 when none is configured. */
    DataSelection resolveAsReader(SelectionIds ids) throws IdsException;

    /**
     * What put needs to know about its dataset, read with the caller's session: the dataset, one of its
     * registered datafiles (by which main storage judges whether it is online), and that the format exists.
     */
    PutTarget putTarget(String sessionId, long datasetId, long datafileFormatId) throws IdsException;

    /** Registers the Datafile of a put with the caller's session; returns its id. */
    long createDatafile(String sessionId, NewDatafile datafile) throws IdsException;

    /** Deletes the Datafile objects with the caller's session (datasets and investigations are kept). */
    void deleteDatafiles(String sessionId, Collection<Long> datafileIds) throws IdsException;

    /**
     * Of the locations of deleted datafiles, those no remaining Datafile starts with (clones may share a
     * file). Asked with the reader account when there is one, else with the caller's session.
     */
    Set<String> unsharedLocations(String sessionId, Collection<String> locations) throws IdsException;

    /** Before streaming a prepared download: every datafile must still exist (checked when a reader is set). */
    void requireStillExist(List<Long> datafileIds) throws IdsException;

    /** The dataset of a put and one of its registered datafiles (empty for a dataset without files). */
    record PutTarget(DsInfo dataset, Optional<DfInfo> registeredFile) {
    }

    /** The fields of a new Datafile; the optional ones may be null. */
    record NewDatafile(long datasetId, long datafileFormatId, String name, String location, long size,
            String checksum, String description, String doi, Long createTimeMillis, Long modTimeMillis) {
    }
}
