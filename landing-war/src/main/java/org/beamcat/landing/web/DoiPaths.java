package org.beamcat.landing.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beamcat.landing.doi.Doi;

/** DOIs as they appear in this application's paths ({@code /<prefix>/<suffix>}). */
final class DoiPaths {

    private static final Pattern DOI_PATH = Pattern.compile("^/(10\\.\\d{4,9})/(.+)$");

    private DoiPaths() {
    }

    /** Whether the path has the shape of a DOI (it may still be malformed, see {@link #parse}). */
    static boolean looksLikeDoi(String path) {
        return path != null && DOI_PATH.matcher(path).matches();
    }

    /** The DOI of the path; empty when it is none, or a malformed one, which is simply not ours (404). */
    static Optional<Doi> parse(String path) {
        Matcher m = DOI_PATH.matcher(path == null ? "" : path);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Doi(m.group(1), m.group(2)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
