package org.beamcat.tango.device;

import fr.esrf.Tango.DevFailed;
import org.tango.server.ServerManager;

/**
 * Starts the BeamCat Tango server (executable name {@value #SERVER_NAME}) with both device classes. Used
 * by {@link DeviceServerMain} and by the tests, which run server and clients in one JVM. The CORBA port
 * is JacORB's {@code OAPort} system property.
 */
public final class DeviceServer {

    public static final String SERVER_NAME = "BeamCatTango";
    public static final String META_EXPERIMENT_CLASS = "MetaExperiment";
    public static final String METADATA_MANAGER_CLASS = "MetadataManager";

    private DeviceServer() {
    }

    public static void start(String... args) throws DevFailed {
        ServerArguments arguments = ServerArguments.parse(args);
        ServerManager server = ServerManager.getInstance();
        // JTango's -nodb -dlist devices all go to the class added last.
        if (arguments.managersInDlist()) {
            server.addClass(META_EXPERIMENT_CLASS, MetaExperimentDevice.class);
            server.addClass(METADATA_MANAGER_CLASS, MetadataManagerDevice.class);
        } else {
            server.addClass(METADATA_MANAGER_CLASS, MetadataManagerDevice.class);
            server.addClass(META_EXPERIMENT_CLASS, MetaExperimentDevice.class);
        }
        server.startError(arguments.jtangoArray(), SERVER_NAME);
        for (String metaExperiment : arguments.metaExperiments()) {
            server.startDevice(metaExperiment, MetaExperimentDevice.class);
        }
    }

    public static void stop() throws DevFailed {
        ServerManager.getInstance().stop();
    }
}
