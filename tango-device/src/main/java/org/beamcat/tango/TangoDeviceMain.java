package org.beamcat.tango;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Entry point of the standalone Tango device server. The devices themselves (MetaExperiment,
 * MetadataManager) arrive with their own issue; until then the program reports its version and usage,
 * and refuses to pretend it serves devices.
 */
public final class TangoDeviceMain {

    static final int USAGE = 2;

    private TangoDeviceMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-v"))) {
            out.println("beamcat-tango-device " + version());
            return 0;
        }
        err.println("usage: java -jar tango-device.jar --version");
        err.println("(the MetaExperiment and MetadataManager devices are not part of this build yet)");
        return USAGE;
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = TangoDeviceMain.class.getResourceAsStream("/beamcat-tango.properties")) {
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
