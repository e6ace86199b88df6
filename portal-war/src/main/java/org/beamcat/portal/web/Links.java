package org.beamcat.portal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Query strings of a page's sort and page links, built from its current, already checked parameters. */
public final class Links {

    private final String path;
    private final Map<String, String> params;

    public Links(String path, Map<String, String> params) {
        this.path = path;
        this.params = new LinkedHashMap<>(params);
    }

    /**
     * The links of a list page: its fixed parameters (an id, a scope) and the list parameters the request carried
     * (sort, direction, name filter, page), which the page has already checked.
     */
    public static Links forList(String path, Map<String, String> fixed, Map<String, String> request) {
        Map<String, String> kept = new LinkedHashMap<>(fixed);
        for (String key : new String[] {"sort", "dir", "name", "page"}) {
            String value = request.get(key);
            if (value != null && !value.isBlank()) {
                kept.put(key, value);
            }
        }
        return new Links(path, kept);
    }

    /** The same page with one parameter changed (null removes it). */
    public String with(String name, Object value) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value.toString());
        }
        return build(changed);
    }

    /** The first page sorted by {@code key}: ascending, or descending when it is already sorted ascending by it. */
    public String sortBy(String key, String currentKey, boolean currentAscending) {
        Map<String, String> changed = new LinkedHashMap<>(params);
        changed.remove("page");
        changed.put("sort", key);
        changed.put("dir", key.equals(currentKey) && currentAscending ? "desc" : "asc");
        return build(changed);
    }

    public String page(int number) {
        return with("page", number == 1 ? null : number);
    }

    private String build(Map<String, String> values) {
        if (values.isEmpty()) {
            return path;
        }
        return path + "?" + values.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
