#!/usr/bin/python3
"""Registers the BeamCat Tango devices of one beamline session in the Tango database of TANGO_HOST.

    TANGO_HOST=host:10000 BEAMCAT_JMS_PRODUCER_USER=... BEAMCAT_JMS_PRODUCER_PASSWORD=... \\
        tango-device/scripts/register-devices.py --beamline id11 [--session test] [--instance id11] \\
        [--broker mq://payara-host:7676/jms] [--queue icatIngest] [--data-folder-pattern '{dataRoot}'] [--dry-run]

Declares the server BeamCatTango/<instance> with the device <beamline>/metaexp/<session> of class
MetaExperiment and <beamline>/metadata/<session> of class MetadataManager, and sets their properties
(beamlineID on both; on the MetadataManager its MetaExperiment, the data folder pattern, the broker address,
queue, user and password). Idempotent: what is already as asked is left alone, and it prints one line per
change ("nothing to change" the second time). --dry-run prints the changes without making them. A device
that exists in another server or with another class is refused, not moved. Properties it does not manage
are left alone. The broker login comes from the environment (not the command line, which other users of
the machine can read); the password is never printed.

Uses PyTango (Debian's python3-tango, for /usr/bin/python3) rather than tango_admin, whose --add-property
splits a value at commas (an OpenMQ address list is comma-separated).
"""
import argparse
import os
import re
import sys

SERVER = "BeamCatTango"
NAME_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
SECRET_PROPERTIES = {"brokerPassword"}


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--beamline", required=True, help="beamline, the Tango domain of the devices, e.g. id11")
    parser.add_argument("--session", default="test", help="Tango member of both devices (default test)")
    parser.add_argument("--instance", help="server instance BeamCatTango/<instance> (default: the beamline)")
    parser.add_argument("--broker", default="mq://localhost:7676/jms", help="OpenMQ address list of Payara's broker")
    parser.add_argument("--queue", default="icatIngest", help="ingestion queue (default icatIngest)")
    parser.add_argument("--data-folder-pattern", default="{dataRoot}",
                        help="dataset folder; placeholders {dataRoot} {proposal} {beamlineID} {sampleName} {datasetName}")
    parser.add_argument("--dry-run", action="store_true", help="print the changes, change nothing")
    arguments = parser.parse_args(argv)
    beamline = arguments.beamline.lower()
    instance = arguments.instance or beamline
    for label, value in (("--beamline", beamline), ("--session", arguments.session), ("--instance", instance)):
        if not NAME_PART.match(value):
            parser.error(f"{label} '{value}' is not a Tango name part (letters, digits, _ . -)")
    user = os.environ.get("BEAMCAT_JMS_PRODUCER_USER", "")
    password = os.environ.get("BEAMCAT_JMS_PRODUCER_PASSWORD", "")
    if not user or not password:
        parser.error("set BEAMCAT_JMS_PRODUCER_USER and BEAMCAT_JMS_PRODUCER_PASSWORD (the broker's producer account)")
    return arguments, beamline, instance, user, password


def wanted_registration(arguments, beamline, instance, user, password):
    """The devices (name -> class) and their properties (name -> {property: value}) this session needs."""
    experiment = f"{beamline}/metaexp/{arguments.session}"
    manager = f"{beamline}/metadata/{arguments.session}"
    devices = {experiment: "MetaExperiment", manager: "MetadataManager"}
    properties = {
        experiment: {"beamlineID": beamline},
        manager: {
            "beamlineID": beamline,
            "metaExperimentDevice": experiment,
            "dataFolderPattern": arguments.data_folder_pattern,
            "brokerAddress": arguments.broker,
            "queueName": arguments.queue,
            "brokerUser": user,
            "brokerPassword": password,
        },
    }
    return f"{SERVER}/{instance}", devices, properties


def device_changes(database, server, devices):
    """Devices to add; refuses (exits) when a device belongs to another server or class."""
    import tango
    to_add = []
    for name, device_class in devices.items():
        try:
            info = database.get_device_info(name)
        except tango.DevFailed:
            to_add.append((name, device_class))
            continue
        if info.ds_full_name.lower() != server.lower() or info.class_name != device_class:
            sys.exit(f"refused: {name} is already registered as class {info.class_name} in server "
                     f"{info.ds_full_name}, not {device_class} in {server}; remove it there first "
                     f"(tango_admin --delete-server {info.ds_full_name}) or choose another --session")
    return to_add


def property_changes(database, properties):
    """(device, property, value) for every property whose stored value differs from the wanted one."""
    changes = []
    for device, wanted in properties.items():
        stored = database.get_device_property(device, list(wanted))
        for name, value in wanted.items():
            if list(stored.get(name, [])) != [value]:
                changes.append((device, name, value))
    return changes


def main(argv):
    arguments, beamline, instance, user, password = parse_arguments(argv)
    if not os.environ.get("TANGO_HOST"):
        sys.exit("set TANGO_HOST=<host>:<port> of the Tango database")
    import tango
    server, devices, properties = wanted_registration(arguments, beamline, instance, user, password)
    try:
        database = tango.Database()
        to_add = device_changes(database, server, devices)
        to_set = property_changes(database, properties)
        prefix = "would " if arguments.dry_run else ""
        for name, device_class in to_add:
            if not arguments.dry_run:
                info = tango.DbDevInfo()
                info.name, info._class, info.server = name, device_class, server
                database.add_device(info)
            print(f"{prefix}add device {name} (class {device_class}) to server {server}")
        for device, name, value in to_set:
            if not arguments.dry_run:
                database.put_device_property(device, {name: [value]})
            shown = "(hidden)" if name in SECRET_PROPERTIES else value
            print(f"{prefix}set {device} property {name} = {shown}")
    except tango.DevFailed as failure:
        sys.exit("Tango database " + os.environ["TANGO_HOST"] + ": " + failure.args[0].desc.strip())
    if not to_add and not to_set:
        print(f"nothing to change: {server} is registered as asked")


if __name__ == "__main__":
    main(sys.argv[1:])
