package org.beamcat.portal.downloads;

/**
 * The portal's port to the IDS (ids-web's wire contract), always with the caller's own catalogue session so that
 * the catalogue's rules decide. Streaming the bytes is the adapter's business ({@code IdsStreams}).
 */
public interface DataService {

    /** Total bytes of the selection ({@code getSize}). */
    long size(String sessionId, DataSelection selection) throws IdsFailure;

    /** Where the selection is ({@code getStatus}). */
    StorageState status(String sessionId, DataSelection selection) throws IdsFailure;

    /** Asks the IDS to prepare a zip of the selection ({@code prepareData}); returns the preparedId. */
    String prepare(String sessionId, DataSelection selection) throws IdsFailure;

    /** Whether a prepared download can be fetched ({@code isPrepared}); never throws for an unknown id. */
    Preparation preparation(String preparedId) throws IdsFailure;
}
