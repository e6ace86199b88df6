package org.beamcat.tango.usecase;

/**
 * The MetadataManager's properties that the use cases need.
 *
 * @param deviceName           this device, for messages
 * @param metaExperimentDevice the linked MetaExperiment device
 * @param beamline             beamlineID property; blank to take the MetaExperiment's
 * @param folderPattern        dataFolderPattern property
 */
public record ManagerSettings(String deviceName, String metaExperimentDevice, String beamline,
        DataFolderPattern folderPattern) {

    /**
     * BLISS names the pair {@code <beamline>/metaexp/<session>} and {@code <beamline>/metadata/<session>};
     * when the property is empty the sibling of that convention is meant.
     */
    public static String defaultMetaExperiment(String managerDevice) {
        String[] parts = managerDevice.split("/");
        if (parts.length != 3) {
            throw new IllegalArgumentException("metaExperimentDevice is not set and '" + managerDevice
                    + "' is not a domain/family/member name to derive it from");
        }
        return parts[0] + "/metaexp/" + parts[2];
    }
}
