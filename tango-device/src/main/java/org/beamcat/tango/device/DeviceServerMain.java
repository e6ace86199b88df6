package org.beamcat.tango.device;

import fr.esrf.Tango.DevError;
import fr.esrf.Tango.DevFailed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Entry point: {@code java -DOAPort=45450 -jar tango-device.jar <instance> -nodb -dlist
 * id00/metaexp/test,id00/metadata/test [-file=properties]}, or {@code <instance>} alone with TANGO_HOST set
 * to use a Tango database; {@code --version} prints the version.
 */
public final class DeviceServerMain {

    private DeviceServerMain() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-version"))) {
            System.out.println("beamcat-tango-device " + version());
            return;
        }
        if (args.length == 0 || args[0].startsWith("-")) {
            System.err.println("usage: run-devices.sh <instance> [-nodb -dlist <devices> [-file=<properties>]]");
            System.exit(2);
        }
        try {
            DeviceServer.start(args);
        } catch (DevFailed e) {
            for (DevError error : e.errors) {
                System.err.println("cannot start: " + error.reason + ": " + error.desc);
            }
            System.exit(1);
        }
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = DeviceServerMain.class.getResourceAsStream("/beamcat-tango.properties")) {
            if (in == null) {
                throw new IllegalStateException("beamcat-tango.properties is missing from the jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
