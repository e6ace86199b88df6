package org.beamcat.tango.device;

import fr.esrf.Tango.DevFailed;
import org.beamcat.tango.usecase.Experiment;
import org.tango.DeviceState;
import org.tango.server.annotation.Attribute;
import org.tango.server.annotation.Delete;
import org.tango.server.annotation.Device;
import org.tango.server.annotation.DeviceManagement;
import org.tango.server.annotation.DeviceProperty;
import org.tango.server.annotation.Init;
import org.tango.server.annotation.State;
import org.tango.server.annotation.Status;
import org.tango.server.device.DeviceManager;

/** Tango class MetaExperiment: the experiment context of a beamline session. Thin: see {@link Experiment}. */
@Device
public class MetaExperimentDevice {

    @DeviceManagement
    private DeviceManager device;

    @DeviceProperty(name = "beamlineID", description = "Beamline name, e.g. id00", defaultValue = "")
    private String beamlineID = "";

    @State
    private DeviceState state = DeviceState.INIT;

    @Status
    private String status = "";

    private Experiment experiment;

    @Init
    public void init() {
        experiment = ServerContext.EXPERIMENTS.experiment(device.getName());
        experiment.serve(beamlineID);
    }

    @Delete
    public void delete() {
        if (experiment != null) {
            experiment.stopServing();
        }
    }

    @Attribute(name = "proposal")
    public String getProposal() {
        return experiment.proposal();
    }

    public void setProposal(String proposal) throws DevFailed {
        TangoErrors.run(origin("proposal"), () -> experiment.writeProposal(proposal));
    }

    @Attribute(name = "sample")
    public String getSample() {
        return experiment.sample();
    }

    public void setSample(String sample) throws DevFailed {
        TangoErrors.run(origin("sample"), () -> experiment.writeSample(sample));
    }

    @Attribute(name = "dataRoot")
    public String getDataRoot() {
        return experiment.dataRoot();
    }

    public void setDataRoot(String dataRoot) throws DevFailed {
        TangoErrors.run(origin("dataRoot"), () -> experiment.writeDataRoot(dataRoot));
    }

    public DeviceState getState() {
        return experiment == null ? state : DeviceStates.of(experiment.state());
    }

    public void setState(DeviceState state) {
        this.state = state;
    }

    public String getStatus() {
        return experiment == null ? status : experiment.status();
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public void setDevice(DeviceManager device) {
        this.device = device;
    }

    public void setBeamlineID(String beamlineID) {
        this.beamlineID = beamlineID;
    }

    private String origin(String what) {
        return device.getName() + "/" + what;
    }
}
