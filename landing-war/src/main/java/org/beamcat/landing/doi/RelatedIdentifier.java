package org.beamcat.landing.doi;

/**
 * A link to another resource, e.g. a data collection {@code IsPartOf} nothing but is {@code
 * IsSupplementTo} a paper's DOI.
 *
 * @param resourceTypeGeneral optional, from the same list as the DOI's own
 */
public record RelatedIdentifier(String relatedIdentifier, String relatedIdentifierType, String relationType,
        String resourceTypeGeneral) {

    public static RelatedIdentifier of(String relationType, String relatedIdentifierType, String relatedIdentifier) {
        return new RelatedIdentifier(relatedIdentifier, relatedIdentifierType, relationType, null);
    }
}
