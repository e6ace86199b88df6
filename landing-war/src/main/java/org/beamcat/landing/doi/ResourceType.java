package org.beamcat.landing.doi;

/**
 * What the DOI names: {@code resourceTypeGeneral} from the kernel-4 list (mandatory) and a free-text
 * {@code resourceType} such as ESRF's "Experiment Session" or "Datacollection".
 */
public record ResourceType(String resourceTypeGeneral, String resourceType) {

    public static ResourceType dataset(String resourceType) {
        return new ResourceType("Dataset", resourceType);
    }
}
