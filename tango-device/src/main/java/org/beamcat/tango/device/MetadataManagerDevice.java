package org.beamcat.tango.device;

import fr.esrf.Tango.DevFailed;
import org.beamcat.tango.adapter.openmq.OpenMqDatasetMessageSender;
import org.beamcat.tango.usecase.BrokerHealth;
import org.beamcat.tango.usecase.DatasetManager;
import org.beamcat.tango.usecase.DatasetMessageSender;
import org.beamcat.tango.usecase.Refusal;
import org.beamcat.tango.usecase.ManagerSettings;
import org.tango.DeviceState;
import org.tango.server.annotation.Attribute;
import org.tango.server.annotation.Command;
import org.tango.server.annotation.Delete;
import org.tango.server.annotation.Device;
import org.tango.server.annotation.DeviceManagement;
import org.tango.server.annotation.DeviceProperty;
import org.tango.server.annotation.Init;
import org.tango.server.annotation.State;
import org.tango.server.annotation.Status;
import org.tango.server.device.DeviceManager;

/**
 * Tango class MetadataManager: the dataset of a beamline session, forwarded as one persistent message to
 * the ingestion queue when it ends. Thin: the state machine is {@link DatasetManager}. A property that
 * cannot be used leaves the device in FAULT with the reason in Status, rather than failing the server.
 */
@Device
public class MetadataManagerDevice {

    @DeviceManagement
    private DeviceManager device;

    @DeviceProperty(name = "dataFolderPattern", defaultValue = "{dataRoot}",
            description = "Dataset folder; placeholders {dataRoot} {proposal} {beamlineID} {sampleName} {datasetName}")
    private String dataFolderPattern = "";
    @DeviceProperty(name = "metaExperimentDevice", defaultValue = "",
            description = "The MetaExperiment device of this session; empty: <domain>/metaexp/<member>")
    private String metaExperimentDevice = "";
    @DeviceProperty(name = "beamlineID", defaultValue = "", description = "Beamline; empty: the MetaExperiment's")
    private String beamlineID = "";
    @DeviceProperty(name = "brokerAddress", defaultValue = ManagerProperties.DEFAULT_BROKER,
            description = "OpenMQ address list, e.g. mq://host:7676/jms")
    private String brokerAddress = "";
    @DeviceProperty(name = "queueName", defaultValue = "icatIngest", description = "Ingestion queue")
    private String queueName = "";
    @DeviceProperty(name = "brokerUser", defaultValue = "",
            description = "Broker user (the server's BEAMCAT_JMS_PRODUCER_USER); required")
    private String brokerUser = "";
    @DeviceProperty(name = "brokerPassword", defaultValue = "",
            description = "Broker password (the server's BEAMCAT_JMS_PRODUCER_PASSWORD); required")
    private String brokerPassword = "";
    @DeviceProperty(name = "brokerRetryInitialMillis", defaultValue = "1000",
            description = "First reconnect delay after a broker failure; doubles up to brokerRetryMaxMillis")
    private String brokerRetryInitialMillis = "";
    @DeviceProperty(name = "brokerRetryMaxMillis", defaultValue = "30000", description = "Longest reconnect delay")
    private String brokerRetryMaxMillis = "";

    @State
    private DeviceState state = DeviceState.INIT;

    @Status
    private String status = "";

    private DatasetManager manager;
    private BrokerHealth broker;
    private String configurationError;

    @Init
    public void init() {
        try {
            ManagerProperties properties = new ManagerProperties(dataFolderPattern, metaExperimentDevice,
                    beamlineID, brokerAddress, queueName, brokerUser, brokerPassword, brokerRetryInitialMillis,
                    brokerRetryMaxMillis);
            ManagerSettings settings = properties.settings(device.getName());
            DatasetMessageSender sender = new OpenMqDatasetMessageSender(properties.broker(), properties.queue(),
                    properties.user(), properties.password());
            broker = new BrokerHealth(sender, properties.backoff(), ServerContext.CLOCK,
                    "broker-reconnect-" + device.getName());
            manager = new DatasetManager(settings, ServerContext.EXPERIMENTS.experiment(settings.metaExperimentDevice()),
                    sender, broker, ServerContext.CLOCK);
            configurationError = null;
        } catch (IllegalArgumentException | IllegalStateException e) {
            configurationError = "Configuration error: " + e.getMessage();
        }
    }

    @Delete
    public void delete() {
        if (manager != null) {
            manager.detach();
            manager = null;
        }
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    @Attribute(name = "datasetName")
    public String getDatasetName() throws DevFailed {
        return manager().datasetName();
    }

    public void setDatasetName(String name) throws DevFailed {
        DatasetManager manager = manager();
        TangoErrors.run(origin("datasetName"), () -> manager.writeDatasetName(name));
    }

    /** Write-only: appends one file to the running dataset (MXCuBE announces every file this way). */
    @Attribute(name = "lastDataFile")
    public void setLastDataFile(String path) throws DevFailed {
        DatasetManager manager = manager();
        TangoErrors.run(origin("lastDataFile"), () -> manager.addDataFile(path));
    }

    @Command(name = "startDataset")
    public void startDataset() throws DevFailed {
        DatasetManager manager = manager();
        TangoErrors.run(origin("startDataset"), manager::startDataset);
    }

    @Command(name = "endDataset")
    public void endDataset() throws DevFailed {
        DatasetManager manager = manager();
        TangoErrors.run(origin("endDataset"), manager::endDataset);
    }

    @Command(name = "abortDataset")
    public void abortDataset() throws DevFailed {
        DatasetManager manager = manager();
        TangoErrors.run(origin("abortDataset"), manager::abortDataset);
    }

    @Command(name = "SetParameters", inTypeDesc = "JSON object of ICAT parameter names to values")
    public void setParameters(String json) throws DevFailed {
        DatasetManager manager = manager();
        TangoErrors.run(origin("SetParameters"), () -> manager.setParameters(json));
    }

    /** Older name of startDataset, still sent by SPEC and older BLISS/MXCuBE. */
    @Command(name = "StartScan")
    public void startScan() throws DevFailed {
        startDataset();
    }

    /** Older name of endDataset. */
    @Command(name = "EndScan")
    public void endScan() throws DevFailed {
        endDataset();
    }

    /** Older name of abortDataset. */
    @Command(name = "AbortScan")
    public void abortScan() throws DevFailed {
        abortDataset();
    }

    public DeviceState getState() {
        if (configurationError != null) {
            return DeviceState.FAULT;
        }
        return manager == null ? state : DeviceStates.of(manager.state());
    }

    public void setState(DeviceState state) {
        this.state = state;
    }

    public String getStatus() {
        if (configurationError != null) {
            return configurationError;
        }
        return manager == null ? status : manager.status();
    }

    public void setStatus(String status) {
        this.status = status;
    }

    private DatasetManager manager() throws DevFailed {
        DatasetManager current = manager;
        if (current == null) {
            throw TangoErrors.devFailed(device.getName(), Refusal.CONFIGURATION,
                    configurationError != null ? configurationError : "device not initialised");
        }
        return current;
    }

    private String origin(String what) {
        return device.getName() + "/" + what;
    }

    public void setDevice(DeviceManager device) {
        this.device = device;
    }

    public void setDataFolderPattern(String value) {
        dataFolderPattern = value;
    }

    public void setMetaExperimentDevice(String value) {
        metaExperimentDevice = value;
    }

    public void setBeamlineID(String value) {
        beamlineID = value;
    }

    public void setBrokerAddress(String value) {
        brokerAddress = value;
    }

    public void setQueueName(String value) {
        queueName = value;
    }

    public void setBrokerUser(String value) {
        brokerUser = value;
    }

    public void setBrokerPassword(String value) {
        brokerPassword = value;
    }

    public void setBrokerRetryInitialMillis(String value) {
        brokerRetryInitialMillis = value;
    }

    public void setBrokerRetryMaxMillis(String value) {
        brokerRetryMaxMillis = value;
    }
}
