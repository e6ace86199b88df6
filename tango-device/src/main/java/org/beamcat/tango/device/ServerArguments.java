package org.beamcat.tango.device;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The server's command line: JTango's own ({@code instance [-v] [-nodb [-dlist devs] [-file=props]]}).
 * JTango's -nodb mode gives every -dlist device to one Tango class, so in that mode this server sorts the
 * list itself by the BLISS naming convention: a device whose family is {@code metaexp} is a MetaExperiment,
 * any other a MetadataManager. The MetadataManagers stay in JTango's -dlist (the class added last); the
 * MetaExperiments are started right after the server. With a Tango database none of this applies.
 */
record ServerArguments(List<String> jtangoArguments, List<String> metaExperiments, boolean managersInDlist) {

    static final String METAEXP_FAMILY = "metaexp";

    static ServerArguments parse(String... args) {
        List<String> given = new ArrayList<>(Arrays.asList(args));
        int dlist = given.indexOf("-dlist");
        if (!given.contains("-nodb") || dlist < 0 || dlist + 1 >= given.size()) {
            return new ServerArguments(given, List.of(), true);
        }
        List<String> metaExperiments = new ArrayList<>();
        List<String> managers = new ArrayList<>();
        for (String device : given.get(dlist + 1).split(",")) {
            String name = device.strip();
            if (name.isEmpty()) {
                continue;
            }
            (isMetaExperiment(name) ? metaExperiments : managers).add(name);
        }
        if (managers.isEmpty()) {
            // Only MetaExperiments: let JTango's -dlist carry them (the launcher then adds that class last).
            given.set(dlist + 1, String.join(",", metaExperiments));
            return new ServerArguments(given, List.of(), false);
        }
        given.set(dlist + 1, String.join(",", managers));
        return new ServerArguments(given, metaExperiments, true);
    }

    static boolean isMetaExperiment(String device) {
        String[] parts = device.split("/");
        return parts.length == 3 && parts[1].toLowerCase(Locale.ROOT).equals(METAEXP_FAMILY);
    }

    String[] jtangoArray() {
        return jtangoArguments.toArray(String[]::new);
    }
}
