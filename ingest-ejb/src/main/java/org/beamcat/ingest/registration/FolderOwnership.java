package org.beamcat.ingest.registration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.beamcat.icat.client.IcatException;

/**
 * Whether a dataset message may register its folder: the folder lies where a configured layout puts the
 * message's proposal and beamline, and no dataset of another investigation claims it (the folder itself, a
 * folder above it or one below it). One catalogue call, whatever the depth of the folder.
 */
final class FolderOwnership {

    /** Enough to name the conflict in the reason; the rest is the same story. */
    private static final int CONFLICTS_SHOWN = 3;

    private final List<FolderLayout> layouts;
    private final FolderRegistry registry;
    private final Path dataRoot;

    FolderOwnership(List<FolderLayout> layouts, FolderRegistry registry, Path dataRoot) {
        this.layouts = List.copyOf(layouts);
        this.registry = registry;
        this.dataRoot = dataRoot.toAbsolutePath().normalize();
    }

    /**
     * @param location the folder relative to the data root, '/'-separated, already known to be a real folder
     *                 inside it
     * @throws RegistrationRejected the folder is not the message's to register
     */
    void check(String proposal, String beamline, long investigationId, String location)
            throws RegistrationRejected, IcatException {
        if (layouts.stream().noneMatch(layout -> layout.matches(location, proposal, beamline))) {
            throw new RegistrationRejected("folder " + location + " does not match a folder layout of proposal "
                    + proposal + " on beamline " + beamline + " (beamcat.ingest.folder-layouts: "
                    + layouts.stream().map(FolderLayout::toString).collect(Collectors.joining(", ")) + ")");
        }
        List<String> exact = new ArrayList<>();
        for (String folder : selfAndParents(location)) {
            exact.add(folder);
            exact.add(absolute(folder)); // catalogues filled by other tools may hold absolute locations
        }
        List<FolderRegistry.RegisteredDataset> others = registry.otherInvestigationsAt(investigationId, exact,
                List.of(location, absolute(location)), CONFLICTS_SHOWN);
        if (!others.isEmpty()) {
            FolderRegistry.RegisteredDataset first = others.get(0);
            throw new RegistrationRejected("folder " + location + " is already registered to investigation "
                    + first.investigationName() + " (id " + first.investigationId() + "): dataset " + first.id()
                    + " at " + first.location() + (others.size() > 1 ? " and others" : ""));
        }
    }

    /** {@code a/b/c} → {@code a/b/c, a/b, a}. */
    static List<String> selfAndParents(String location) {
        List<String> folders = new ArrayList<>();
        for (String folder = location; !folder.isEmpty(); ) {
            folders.add(folder);
            int slash = folder.lastIndexOf('/');
            folder = slash < 0 ? "" : folder.substring(0, slash);
        }
        return folders;
    }

    private String absolute(String location) {
        return dataRoot.resolve(location).toString();
    }
}
