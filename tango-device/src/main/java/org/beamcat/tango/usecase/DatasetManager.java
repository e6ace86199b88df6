package org.beamcat.tango.usecase;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.beamcat.messages.DatasetMessage;
import org.beamcat.messages.DatasetMessageXml;

/**
 * The MetadataManager's state machine: name a dataset, start it, give it parameters and files, end it
 * (send one persistent message) or abort it (send nothing).
 *
 * <p>Every call is synchronous and safe to repeat, because beamline clients retry on timeouts: writing
 * the same name, starting the running dataset, adding the same file, aborting when nothing runs, and
 * ending again right after a successful end all succeed without doing anything twice. A dataset whose
 * end failed (missing field, broker down) is kept, whole, until it is sent or explicitly aborted.
 */
public final class DatasetManager implements ExperimentListener {

    private static final DatasetMessageXml XML = new DatasetMessageXml();

    private final ManagerSettings settings;
    private final Experiment experiment;
    private final DatasetMessageFactory messages;
    private final DatasetMessageSender sender;
    private final BrokerHealth broker;
    private final Clock clock;

    private String datasetName = "";
    private RunningDataset dataset;
    /** The last call was a successful endDataset and nothing changed since: a repeated end is a retry. */
    private boolean justEnded;
    private String lastSent = "";

    public DatasetManager(ManagerSettings settings, Experiment experiment, DatasetMessageSender sender,
            BrokerHealth broker, Clock clock) {
        this.settings = settings;
        this.experiment = experiment;
        this.messages = new DatasetMessageFactory(settings.folderPattern(), settings.metaExperimentDevice());
        this.sender = sender;
        this.broker = broker;
        this.clock = clock;
        experiment.addListener(this);
    }

    /** Unlinks from the experiment (device deleted or re-initialised). */
    public void detach() {
        experiment.removeListener(this);
    }

    public String datasetName() {
        synchronized (experiment) {
            return dataset != null ? dataset.name() : datasetName;
        }
    }

    public void writeDatasetName(String value) {
        String name = value == null ? "" : value.strip();
        synchronized (experiment) {
            requireExperiment();
            if (dataset != null) {
                if (dataset.name().equals(name)) {
                    return;
                }
                throw RefusedException.notAllowed(heldDataset() + ": call endDataset or abortDataset before"
                        + " naming another one");
            }
            if (!name.isEmpty() && experiment.proposal().isEmpty()) {
                throw RefusedException.notAllowed("no experiment: write 'proposal' on "
                        + experiment.deviceName() + " before naming a dataset");
            }
            if (name.length() > 255 || name.chars().anyMatch(Character::isISOControl)) {
                throw RefusedException.notAllowed("datasetName must be one line of at most 255 characters");
            }
            if (!name.equals(datasetName)) {
                justEnded = false;
            }
            datasetName = name;
        }
    }

    public void startDataset() {
        synchronized (experiment) {
            requireExperiment();
            if (dataset != null) {
                if (dataset.endRequested()) {
                    throw RefusedException.notAllowed(heldDataset() + ": call endDataset again to send it,"
                            + " or abortDataset to drop it, before starting another");
                }
                return;
            }
            if (experiment.proposal().isEmpty()) {
                throw RefusedException.notAllowed("no experiment: write 'proposal' on " + experiment.deviceName()
                        + " first");
            }
            if (datasetName.isEmpty()) {
                throw RefusedException.notAllowed("no dataset named: write 'datasetName' before startDataset");
            }
            dataset = new RunningDataset(datasetName, OffsetDateTime.now(clock));
            justEnded = false;
        }
    }

    public void setParameters(String json) {
        synchronized (experiment) {
            requireDataset("SetParameters");
            dataset.putAll(ParametersJson.parse(json));
        }
    }

    public void addDataFile(String path) {
        String file = path == null ? "" : path.strip();
        synchronized (experiment) {
            requireDataset("lastDataFile");
            if (!file.startsWith("/")) {
                throw RefusedException.notAllowed("lastDataFile must be an absolute file path, got '" + file + "'");
            }
            dataset.addFile(file);
        }
    }

    /**
     * Checks, builds and sends the dataset message. On any failure the dataset stays as it was (plus its
     * end time), so the caller can fix what is reported and call again.
     */
    public void endDataset() {
        synchronized (experiment) {
            requireExperiment();
            if (dataset == null) {
                if (justEnded) {
                    return;
                }
                throw RefusedException.notAllowed("no dataset is running: call startDataset first"
                        + (datasetName.isEmpty() ? "" : " (dataset '" + datasetName + "' is named and ready)"));
            }
            dataset.requestEnd(OffsetDateTime.now(clock));
            DatasetMessage message = messages.build(draft());
            String body = XML.write(message);
            try {
                sender.send(body);
            } catch (BrokerUnavailableException e) {
                broker.reportDown(e.getMessage());
                throw new RefusedException(Refusal.BROKER_UNAVAILABLE, List.of(
                        "the message broker did not take dataset '" + dataset.name() + "' (" + e.getMessage() + ")",
                        "nothing was sent and the dataset is kept: call endDataset again when the device leaves FAULT"
                                + " (it reconnects by itself)"));
            }
            broker.reportUp();
            lastSent = "'" + message.name() + "' (" + message.location() + ")";
            dataset = null;
            datasetName = "";
            justEnded = true;
        }
    }

    /** Drops the dataset without sending anything; its name stays, so it can be started again. */
    public void abortDataset() {
        synchronized (experiment) {
            dataset = null;
            justEnded = false;
        }
    }

    @Override
    public void beforeProposalChange(String newProposal) {
        synchronized (experiment) {
            if (dataset != null) {
                throw RefusedException.notAllowed(settings.deviceName() + " holds " + heldDescription()
                        + ": end or abort it before changing the proposal");
            }
        }
    }

    @Override
    public void proposalChanged() {
        synchronized (experiment) {
            datasetName = "";
            justEnded = false;
        }
    }

    /** A new sample un-names a dataset not yet started; a running one takes the new sample when it ends. */
    @Override
    public void sampleChanged() {
        synchronized (experiment) {
            if (dataset == null) {
                datasetName = "";
                justEnded = false;
            }
        }
    }

    public SessionState state() {
        synchronized (experiment) {
            if (!experiment.isServed() || broker.isDown()) {
                return SessionState.FAULT;
            }
            if (experiment.proposal().isEmpty()) {
                return SessionState.OFF;
            }
            if (dataset != null) {
                return SessionState.RUNNING;
            }
            return datasetName.isEmpty() ? SessionState.STANDBY : SessionState.ON;
        }
    }

    public String status() {
        synchronized (experiment) {
            return new ManagerStatus(settings, experiment, broker.down(), sender.destination())
                    .describe(state(), datasetName, dataset, lastSent, dataset == null ? "" : missingFields());
        }
    }

    private String missingFields() {
        try {
            messages.build(draft());
            return "";
        } catch (RefusedException e) {
            return String.join("; ", e.details());
        }
    }

    private DatasetDraft draft() {
        String beamline = settings.beamline().isBlank() ? experiment.beamline() : settings.beamline();
        OffsetDateTime end = dataset.endDate() != null ? dataset.endDate() : OffsetDateTime.now(clock);
        return new DatasetDraft(experiment.proposal(), beamline, dataset.name(), experiment.sample(),
                experiment.dataRoot(), dataset.startDate(), end, dataset.parameters());
    }

    private void requireExperiment() {
        if (!experiment.isServed()) {
            throw new RefusedException(Refusal.CONFIGURATION, "MetaExperiment '" + experiment.deviceName()
                    + "' is not running in this server: start it, or fix the metaExperimentDevice property");
        }
    }

    private void requireDataset(String what) {
        requireExperiment();
        if (dataset == null) {
            throw RefusedException.notAllowed(what + " needs a running dataset: call startDataset first");
        }
    }

    private String heldDataset() {
        return "dataset " + heldDescription();
    }

    private String heldDescription() {
        return "'" + dataset.name() + "'" + (dataset.endRequested() ? " (waiting to be sent)" : " (running)");
    }
}
