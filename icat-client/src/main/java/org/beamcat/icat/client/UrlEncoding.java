package org.beamcat.icat.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Query strings, form bodies and path segments, UTF-8 percent-encoded. */
final class UrlEncoding {

    private UrlEncoding() {
    }

    /** {@code ?a=1&b=x%20y} in a stable (sorted) order, or the empty string. */
    static String queryString(Map<String, String> parameters) {
        return parameters.isEmpty() ? "" : "?" + form(parameters);
    }

    static String form(Map<String, String> fields) {
        return new TreeMap<>(fields).entrySet().stream()
                .map(field -> component(field.getKey()) + "=" + component(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** Encodes each '/'-separated segment, keeping the slashes ({@code simple/alice}). */
    static String pathSegments(String path) {
        return Arrays.stream(path.split("/", -1)).map(UrlEncoding::component).collect(Collectors.joining("/"));
    }

    private static String component(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
