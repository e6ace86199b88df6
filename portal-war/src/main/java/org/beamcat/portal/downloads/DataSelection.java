package org.beamcat.portal.downloads;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the IDS is asked about: investigations, datasets and datafiles by id (the IDS's {@code investigationIds},
 * {@code datasetIds}, {@code datafileIds}). Stored with a download as {@code i:1,2;d:3;f:} ({@link #encode()}).
 */
public record DataSelection(List<Long> investigationIds, List<Long> datasetIds, List<Long> datafileIds) {

    private static final Pattern ENCODED = Pattern.compile("i:[0-9,]*;d:[0-9,]*;f:[0-9,]*");

    public DataSelection {
        investigationIds = List.copyOf(investigationIds);
        datasetIds = List.copyOf(datasetIds);
        datafileIds = List.copyOf(datafileIds);
    }

    public static DataSelection ofDataset(long id) {
        return new DataSelection(List.of(), List.of(id), List.of());
    }

    public static DataSelection ofDatafile(long id) {
        return new DataSelection(List.of(), List.of(), List.of(id));
    }

    public static DataSelection ofInvestigation(long id) {
        return new DataSelection(List.of(id), List.of(), List.of());
    }

    public boolean isEmpty() {
        return investigationIds.isEmpty() && datasetIds.isEmpty() && datafileIds.isEmpty();
    }

    /** Each id on its own, for per-part questions (how much of it is online). */
    public List<DataSelection> parts() {
        List<DataSelection> parts = new ArrayList<>();
        investigationIds.forEach(id -> parts.add(ofInvestigation(id)));
        datasetIds.forEach(id -> parts.add(ofDataset(id)));
        datafileIds.forEach(id -> parts.add(ofDatafile(id)));
        return parts;
    }

    public String encode() {
        return "i:" + join(investigationIds) + ";d:" + join(datasetIds) + ";f:" + join(datafileIds);
    }

    public static Optional<DataSelection> decode(String text) {
        if (text == null || !ENCODED.matcher(text).matches()) {
            return Optional.empty();
        }
        String[] parts = text.split(";", -1);
        try {
            return Optional.of(new DataSelection(ids(parts[0]), ids(parts[1]), ids(parts[2])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Long> ids(String part) {
        String list = part.substring(2);
        List<Long> ids = new ArrayList<>();
        for (String id : list.split(",")) {
            if (!id.isEmpty()) {
                ids.add(Long.parseLong(id));
            }
        }
        return ids;
    }
}
