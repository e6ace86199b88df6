package org.beamcat.ids.plugin;

/**
 * What the IDS knows about a dataset, as the REST layer reads it from the catalogue. Any field may be
 * null in the partial objects a main storage returns from {@link MainStorage#datasetsToArchive}.
 *
 * @param dsId         Dataset.id
 * @param dsName       Dataset.name
 * @param dsLocation   Dataset.location (often null)
 * @param invId        Investigation.id
 * @param invName      Investigation.name
 * @param visitId      Investigation.visitId
 * @param facilityId   Facility.id
 * @param facilityName Facility.name
 */
public record DsInfo(Long dsId, String dsName, String dsLocation, Long invId, String invName, String visitId,
        Long facilityId, String facilityName) {

    /** The partial form storages use for a dataset without a location: the ids that name its folder. */
    public static DsInfo ofIds(long invId, long dsId) {
        return new DsInfo(dsId, null, null, invId, null, null, null, null);
    }

    /** Text for logs and the service status: "invId/dsId (facility/investigation/visit/dataset)". */
    public String describe() {
        return invId + "/" + dsId + " (" + facilityName + "/" + invName + "/" + visitId + "/" + dsName + ")";
    }
}
