package org.beamcat.landing.doi;

import java.util.regex.Pattern;

/**
 * A DOI suffix pattern such as ESRF's {@code ESRF-ES-{investigationId}} or {@code ESRF-DC-{dataCollectionId}}:
 * fixed text around the catalogue id of the investigation (or data collection), so the name is known
 * before minting and a re-run finds the same DOI.
 */
public record SuffixPattern(String pattern, String placeholder) {

    public static final String DEFAULT_SESSION = "BEAMCAT-ES-{investigationId}";
    public static final String DEFAULT_COLLECTION = "BEAMCAT-DC-{dataCollectionId}";
    public static final String PLACEHOLDER = "{investigationId}";
    public static final String COLLECTION_PLACEHOLDER = "{dataCollectionId}";

    private static final Pattern FIXED_TEXT = Pattern.compile("[-._;()/:A-Za-z0-9*~$=]*");

    public SuffixPattern {
        if (pattern == null || !pattern.contains(placeholder)) {
            throw new IllegalArgumentException("'" + pattern + "' does not contain " + placeholder);
        }
        if (pattern.indexOf(placeholder) != pattern.lastIndexOf(placeholder)) {
            throw new IllegalArgumentException("'" + pattern + "' contains " + placeholder + " more than once");
        }
        if (!FIXED_TEXT.matcher(pattern.replace(placeholder, "")).matches()) {
            throw new IllegalArgumentException("'" + pattern + "' has characters a DOI suffix cannot have"
                    + " (letters, digits and -._;()/:*~$= only)");
        }
        if (pattern.replace(placeholder, "").length() > 200) {
            throw new IllegalArgumentException("'" + pattern + "' is too long for a DOI suffix");
        }
    }

    /** A session pattern, around {@code {investigationId}}. */
    public static SuffixPattern of(String pattern) {
        return new SuffixPattern(pattern, PLACEHOLDER);
    }

    /** A data-collection pattern, around {@code {dataCollectionId}}. */
    public static SuffixPattern ofCollection(String pattern) {
        return new SuffixPattern(pattern, COLLECTION_PLACEHOLDER);
    }

    public String expand(long entityId) {
        if (entityId <= 0) {
            throw new IllegalArgumentException("catalogue id " + entityId + " is not positive");
        }
        return pattern.replace(placeholder, Long.toString(entityId));
    }

    public Doi doi(String prefix, long entityId) {
        return new Doi(prefix, expand(entityId));
    }

    @Override
    public String toString() {
        return pattern;
    }
}
