package org.beamcat.portal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The landing page of a DOI in landing-war ({@code /doi/<prefix>/<suffix>}, each path segment encoded). */
public final class DoiLinks {

    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/[^\\s]{1,300}");

    private DoiLinks() {
    }

    /** The path of the landing page, or null when the text is not a DOI (then the page shows it unlinked). */
    public static String landingPath(String doi) {
        if (doi == null) {
            return null;
        }
        String text = doi.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("doi:")) {
            text = text.substring(4);
        } else if (lower.startsWith("https://doi.org/")) {
            text = text.substring("https://doi.org/".length());
        }
        if (!DOI.matcher(text).matches()) {
            return null;
        }
        return "/doi/" + Arrays.stream(text.split("/", -1))
                .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }
}
