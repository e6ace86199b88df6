package org.beamcat.landing.doi;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A DOI name, {@code prefix/suffix}. DOIs are case-insensitive, so both parts are kept upper-case:
 * {@code 10.15151/esrf-es-1} and {@code 10.15151/ESRF-ES-1} are equal and both print as the latter
 * (DataCite answers in lower case, ESRF prints upper case).
 */
public record Doi(String prefix, String suffix) {

    private static final Pattern PREFIX = Pattern.compile("10\\.\\d{4,9}");
    // The characters DataCite accepts in a suffix; anything else would need escaping in every URL.
    private static final Pattern SUFFIX = Pattern.compile("[-._;()/:A-Za-z0-9*~$=]{1,255}");
    private static final Pattern RESOLVER = Pattern.compile("(?i)^(doi:|https?://(dx\\.)?doi\\.org/)");

    public Doi {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("'" + prefix + "' is not a DOI prefix such as 10.15151");
        }
        if (!SUFFIX.matcher(suffix).matches()) {
            throw new IllegalArgumentException("'" + suffix + "' is not a DOI suffix DataCite accepts"
                    + " (letters, digits and -._;()/:*~$=)");
        }
        suffix = suffix.toUpperCase(Locale.ROOT);
    }

    /** Reads {@code 10.x/y}, also written as {@code doi:10.x/y} or {@code https://doi.org/10.x/y}. */
    public static Doi parse(String text) {
        Objects.requireNonNull(text, "text");
        String bare = RESOLVER.matcher(text.strip()).replaceFirst("");
        int slash = bare.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("'" + text + "' is not a DOI: no '/' between prefix and suffix");
        }
        return new Doi(bare.substring(0, slash), bare.substring(slash + 1));
    }

    /** The name as DataCite and citations write it, e.g. {@code 10.15151/ESRF-ES-42}. */
    @Override
    public String toString() {
        return prefix + "/" + suffix;
    }

    /** The resolver link shown to people, e.g. {@code https://doi.org/10.15151/ESRF-ES-42}. */
    public String resolverUrl() {
        return "https://doi.org/" + this;
    }
}
