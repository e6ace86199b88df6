package org.beamcat.landing.doi;

/** Another identifier of the same resource, e.g. the catalogue's own id. */
public record AlternateIdentifier(String alternateIdentifier, String alternateIdentifierType) {
}
