package org.beamcat.ingest.registration;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.beamcat.icat.client.IcatException;

/**
 * The name a new dataset gets. Names are unique per investigation in the catalogue, but ESRF names such as
 * {@code 0001} repeat for every sample: a name another folder already carries becomes
 * {@code <sample>_<name>}; when that is taken too, the message is refused with the reason (never retried:
 * it would fail the same way). The dataset is found by its folder, never by its name, so a repeated message
 * finds the dataset whatever name it got; a name the dataset at this very folder carries is this folder's (a
 * duplicate of the message registered it meanwhile), so it is chosen and never disambiguated into a second
 * dataset. One catalogue call.
 */
final class DatasetNames {

    private final FolderRegistry registry;

    DatasetNames(FolderRegistry registry) {
        this.registry = registry;
    }

    /** The message's name, or its disambiguation, whichever the investigation does not carry yet. */
    String choose(long investigationId, String name, String sample, String proposal, String location)
            throws RegistrationRejected, IcatException {
        List<String> candidates = candidates(name, sample);
        Set<String> taken = registry.datasetNamesTakenElsewhere(investigationId, candidates, location);
        for (String candidate : candidates) {
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
        throw new RegistrationRejected("the dataset names " + String.join(" and ", candidates) + " are taken in "
                + proposal + " by datasets of other folders; rename the dataset and send the message again");
    }

    static List<String> candidates(String name, String sample) {
        Set<String> names = new LinkedHashSet<>();
        names.add(name);
        names.add(sample + "_" + name);
        return List.copyOf(names);
    }
}
