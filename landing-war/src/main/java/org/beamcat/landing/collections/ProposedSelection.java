package org.beamcat.landing.collections;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A selection another page proposes in the mint page's link ({@code ?investigation=12&datasets=3,4,5}, the data
 * portal's cart): an investigation and its datasets, chosen and ticked once the user has logged in. Only a
 * proposal: the membership and the datasets are checked as for any selection. Malformed values propose nothing.
 */
public record ProposedSelection(long investigationId, List<Long> datasetIds) implements Serializable {

    /** At most this many datasets in one proposal (a URL's worth). */
    public static final int MAX_DATASETS = 500;
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    public ProposedSelection {
        datasetIds = List.copyOf(datasetIds);
    }

    public static Optional<ProposedSelection> parse(String investigation, String datasets) {
        if (investigation == null || !ID.matcher(investigation).matches() || datasets == null || datasets.length() > 20_000) {
            return Optional.empty();
        }
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        for (String id : datasets.split(",", -1)) {
            if (!ID.matcher(id).matches()) {
                return Optional.empty();
            }
            ids.add(Long.parseLong(id));
        }
        if (ids.isEmpty() || ids.size() > MAX_DATASETS) {
            return Optional.empty();
        }
        return Optional.of(new ProposedSelection(Long.parseLong(investigation), new ArrayList<>(ids)));
    }
}
