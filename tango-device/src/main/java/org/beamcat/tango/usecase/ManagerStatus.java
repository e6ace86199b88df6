package org.beamcat.tango.usecase;

import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The MetadataManager's Status text: one or two sentences telling a beamline scientist where the session
 * stands and, above all, what is missing or wrong and what to do about it.
 */
final class ManagerStatus {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ManagerSettings settings;
    private final Experiment experiment;
    private final Optional<BrokerHealth.Down> brokerDown;
    private final String destination;

    ManagerStatus(ManagerSettings settings, Experiment experiment, Optional<BrokerHealth.Down> brokerDown,
            String destination) {
        this.settings = settings;
        this.experiment = experiment;
        this.brokerDown = brokerDown;
        this.destination = destination;
    }

    String describe(SessionState state, String datasetName, RunningDataset dataset, String lastSent,
            String missing) {
        StringBuilder text = new StringBuilder();
        if (!experiment.isServed()) {
            text.append("MetaExperiment '").append(experiment.deviceName()).append("' is not running in this")
                    .append(" server: start it, or fix the metaExperimentDevice property.");
            return text.toString();
        }
        brokerDown.ifPresent(down -> text.append("Message broker unreachable since ")
                .append(TIME.format(down.since())).append(" (").append(down.reason()).append("); ")
                .append(destination).append("; reconnecting by itself, next try at ")
                .append(TIME.format(down.nextProbe())).append(". "));
        if (experiment.proposal().isEmpty()) {
            text.append("No experiment: write 'proposal' on ").append(experiment.deviceName()).append('.');
        } else if (dataset != null) {
            text.append("Dataset '").append(dataset.name()).append("' ")
                    .append(dataset.endRequested() ? "ended and kept until it is sent" : "running")
                    .append(" (started ").append(TIME.format(dataset.startDate())).append(", ")
                    .append(dataset.fileCount()).append(" file(s), ")
                    .append(dataset.parameters().size()).append(" parameter(s)).");
            if (!missing.isEmpty()) {
                text.append(" Before endDataset: ").append(missing).append('.');
            }
        } else if (datasetName.isEmpty()) {
            text.append("Proposal ").append(experiment.proposal())
                    .append(experiment.hasSample() ? ", sample " + experiment.sample() : ", no sample yet")
                    .append(": write 'datasetName' to prepare a dataset.");
        } else {
            text.append("Dataset '").append(datasetName).append("' is named: call startDataset.");
        }
        if (state != SessionState.FAULT && !lastSent.isEmpty()) {
            text.append(" Last sent: ").append(lastSent).append('.');
        }
        if (settings.beamline().isBlank() && experiment.beamline().isBlank()) {
            text.append(" Property beamlineID is not set.");
        }
        return text.toString();
    }
}
