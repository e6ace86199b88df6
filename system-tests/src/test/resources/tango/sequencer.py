#!/usr/bin/python3
"""A beamline sequencer's calls to the BeamCat Tango devices, through the Tango database (TANGO_HOST), with
PyTango as BLISS does: proposal and sample on the MetaExperiment; on the MetadataManager a dataset that is
started and aborted, then one that is named, started, given parameters and a file, and ended.

    sequencer.py EXPERIMENT_DEVICE MANAGER_DEVICE PROPOSAL SAMPLE ABORTED_NAME DATASET_NAME PARAMETERS_JSON FILE

Prints one JSON object: the devices' states after each step, so the caller checks the sequence.
"""
import json
import sys
import time

import tango


def answering(name, patience=30.0):
    deadline = time.monotonic() + patience
    while True:
        try:
            device = tango.DeviceProxy(name)
            device.ping()
            return device
        except tango.DevFailed:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.25)


def main(experiment_name, manager_name, proposal, sample, aborted, dataset, parameters, data_file):
    experiment = answering(experiment_name)
    manager = answering(manager_name)
    seen = {}
    experiment.write_attribute("proposal", proposal)
    experiment.write_attribute("sample", sample)
    seen["experiment"] = str(experiment.state())

    manager.write_attribute("datasetName", aborted)
    manager.command_inout("startDataset")
    manager.command_inout("SetParameters", parameters)
    seen["abortedRunning"] = str(manager.state())
    manager.command_inout("abortDataset")
    seen["afterAbort"] = str(manager.state())
    seen["nameAfterAbort"] = manager.read_attribute("datasetName").value

    manager.write_attribute("datasetName", dataset)
    manager.command_inout("startDataset")
    seen["running"] = str(manager.state())
    manager.command_inout("SetParameters", parameters)
    manager.write_attribute("lastDataFile", data_file)
    manager.command_inout("endDataset")
    seen["afterEnd"] = str(manager.state())
    seen["nameAfterEnd"] = manager.read_attribute("datasetName").value
    seen["status"] = manager.status()
    print(json.dumps(seen))


if __name__ == "__main__":
    if len(sys.argv) != 9:
        sys.exit(__doc__)
    main(*sys.argv[1:])
