package org.beamcat.landing.sessions;

import java.util.regex.Pattern;
import org.beamcat.landing.registrar.Doi;

/**
 * A DOI suffix pattern such as ESRF's {@code ESRF-ES-{investigationId}}: fixed text around the
 * catalogue id of the investigation, so the name is known before minting and a re-run finds the same DOI.
 */
public record SuffixPattern(String pattern) {

    public static final String DEFAULT_SESSION = "BEAMCAT-ES-{investigationId}";
    public static final String PLACEHOLDER = "{investigationId}";

    private static final Pattern FIXED_TEXT = Pattern.compile("[-._;()/:A-Za-z0-9*~$=]*");

    public SuffixPattern {
        if (pattern == null || !pattern.contains(PLACEHOLDER)) {
            throw new IllegalArgumentException("'" + pattern + "' does not contain " + PLACEHOLDER);
        }
        if (pattern.indexOf(PLACEHOLDER) != pattern.lastIndexOf(PLACEHOLDER)) {
            throw new IllegalArgumentException("'" + pattern + "' contains " + PLACEHOLDER + " more than once");
        }
        if (!FIXED_TEXT.matcher(pattern.replace(PLACEHOLDER, "")).matches()) {
            throw new IllegalArgumentException("'" + pattern + "' has characters a DOI suffix cannot have"
                    + " (letters, digits and -._;()/:*~$= only)");
        }
        if (pattern.replace(PLACEHOLDER, "").length() > 200) {
            throw new IllegalArgumentException("'" + pattern + "' is too long for a DOI suffix");
        }
    }

    public static SuffixPattern of(String pattern) {
        return new SuffixPattern(pattern);
    }

    public String expand(long investigationId) {
        if (investigationId <= 0) {
            throw new IllegalArgumentException("investigation id " + investigationId + " is not positive");
        }
        return pattern.replace(PLACEHOLDER, Long.toString(investigationId));
    }

    public Doi doi(String prefix, long investigationId) {
        return new Doi(prefix, expand(investigationId));
    }

    @Override
    public String toString() {
        return pattern;
    }
}
