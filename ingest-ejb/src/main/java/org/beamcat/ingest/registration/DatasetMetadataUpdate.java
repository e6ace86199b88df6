package org.beamcat.ingest.registration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.logging.Logger;
import org.beamcat.icat.client.IcatException;
import org.beamcat.ingest.registration.RegisteredDatasetCatalogue.ParameterChange;
import org.beamcat.messages.UpdateDatasetMetadataMessage;

/**
 * Sets one parameter on existing datasets ({@code icatUpdateDatasetMetadata}): adds it where the dataset
 * has none of that type, changes its value where it has. The datasets are named by folder within the
 * proposal on the message's beamline (a dataset of the proposal registered on another beamline is refused);
 * the parameter is typed against the facility's ParameterTypes as registration does. Every dataset and the
 * parameter are checked first, then all changes are made in one catalogue call: a message naming one unknown
 * dataset changes nothing. Then the master file of each touched dataset is written again from the
 * catalogue ({@link MasterFileRefresh}); one that cannot be written leaves the catalogue change in place.
 */
public final class DatasetMetadataUpdate {

    private static final Logger LOG = Logger.getLogger(DatasetMetadataUpdate.class.getName());

    private final RegisteredDatasetCatalogue catalogue;
    private final Path dataRoot;
    private final MasterFileRefresh masterFileRefresh;

    public DatasetMetadataUpdate(CataloguePorts ports, Path dataRoot, MasterFileRefresh masterFileRefresh) {
        this.catalogue = ports.datasets();
        this.dataRoot = dataRoot;
        this.masterFileRefresh = masterFileRefresh;
    }

    /** What an update did, and what happened to each touched dataset's master file. */
    public record Updated(int added, int changed, List<MasterFileRefresh.Refreshed> masterFiles) {

        /** The master files that could not be written again (each logged with its reason). */
        public long masterFilesNotWritten() {
            return masterFiles.stream().filter(m -> m.outcome() != MasterFileRefresh.Outcome.WRITTEN).count();
        }
    }

    public Updated apply(UpdateDatasetMetadataMessage message) throws RegistrationRejected, IcatException {
        List<Long> datasets = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String folder : new LinkedHashSet<>(message.datasetPaths())) {
            String location = DataRootPaths.location(dataRoot, folder, "dataset");
            List<Long> ids = catalogue.datasetsOfProposalAt(message.proposal(), location);
            if (ids.isEmpty()) {
                problems.add("no dataset of proposal " + message.proposal() + " is registered at " + folder);
                continue;
            }
            List<String> beamlines = new ArrayList<>();
            Long onBeamline = null;
            for (int i = 0; i < ids.size() && onBeamline == null; i++) {
                long id = ids.get(i);
                List<String> instruments = beamlinesOf(id);
                if (onBeamline(instruments, message.beamline())) {
                    onBeamline = id;
                }
                beamlines.addAll(instruments);
            }
            if (onBeamline == null) {
                problems.add(otherBeamline(folder, message.proposal(), message.beamline(), beamlines));
            } else {
                datasets.add(onBeamline);
            }
        }
        if (!problems.isEmpty()) {
            throw new RegistrationRejected(String.join("; ", problems));
        }
        long facility = catalogue.facilityOfDataset(datasets.get(0));
        Map<String, List<ParameterTypeInfo>> types = catalogue.datasetParameterTypes(facility);
        TypedParameters.Typed typed = TypedParameters.type(List.of(message.parameter()), types).stream().findFirst()
                .orElseThrow(() -> new RegistrationRejected("parameter " + message.metadataName()
                        + " steers registration and cannot be set on a registered dataset"));

        List<ParameterChange> changes = new ArrayList<>();
        int added = 0;
        Set<Long> seen = new LinkedHashSet<>();
        for (long dataset : datasets) {
            if (!seen.add(dataset)) {
                continue;
            }
            OptionalLong existing = catalogue.parameterOf(dataset, typed.type().id());
            if (existing.isEmpty()) {
                added++;
            }
            changes.add(new ParameterChange(dataset, existing, typed));
        }
        try {
            catalogue.setParameters(changes);
        } catch (IcatException e) {
            throw CatalogueFailures.rejectedIfPermanent(e, "setting " + message.metadataName());
        }
        LOG.info("parameter " + message.metadataName() + " set on datasets " + seen + " of " + message.proposal());
        // the catalogue change is made: the master files follow it, or say why they could not
        List<MasterFileRefresh.Refreshed> masterFiles = new ArrayList<>();
        for (long dataset : seen) {
            masterFiles.add(masterFileRefresh.refresh(dataset));
        }
        return new Updated(added, changes.size() - added, masterFiles);
    }

    /** The beamlines (instrument names) of the dataset's investigation. */
    private List<String> beamlinesOf(long dataset) throws IcatException {
        return catalogue.instrumentNames(catalogue.investigationOf(dataset).id());
    }

    /** Whether the beamline the message names is one of the investigation's instruments (names ignore case). */
    static boolean onBeamline(List<String> instruments, String beamline) {
        return instruments.stream().anyMatch(name -> name.equalsIgnoreCase(beamline));
    }

    /** The reason for refusing a folder whose datasets of the proposal are all on other beamlines. */
    static String otherBeamline(String folder, String proposal, String beamline, List<String> instruments) {
        return "the dataset of proposal " + proposal + " at " + folder + " is not on beamline " + beamline
                + " (its investigation is on " + (instruments.isEmpty() ? "no beamline"
                        : String.join(", ", new LinkedHashSet<>(instruments))) + ")";
    }
}
