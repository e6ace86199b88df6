package org.beamcat.icat.server.searchengine;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Units of numeric parameters, so that a range given in one unit finds values stored in another of the same
 * dimension ({@code 10-20 keV} finds {@code 12000 eV}). A known unit converts to its dimension's reference unit
 * (eV, m, s, K, Pa, deg, Hz, g, B); an unknown one stays its own dimension with factor 1, so values are compared only
 * with values of exactly the same units string.
 */
public final class Units {

    /** A value in these units times {@code factor}, plus {@code offset}, is in the reference unit of {@code dimension}. */
    public record Conversion(String dimension, double factor, double offset) {

        public double toReference(double value) {
            return value * factor + offset;
        }
    }

    private static final Map<String, Conversion> KNOWN = new HashMap<>();

    static {
        energy();
        add("m", "m", 1, 0);
        add("cm", "m", 1e-2, 0);
        add("mm", "m", 1e-3, 0);
        add("um", "m", 1e-6, 0);
        add("µm", "m", 1e-6, 0);
        add("micron", "m", 1e-6, 0);
        add("nm", "m", 1e-9, 0);
        add("Å", "m", 1e-10, 0);
        add("angstrom", "m", 1e-10, 0);
        add("s", "s", 1, 0);
        add("sec", "s", 1, 0);
        add("ms", "s", 1e-3, 0);
        add("us", "s", 1e-6, 0);
        add("µs", "s", 1e-6, 0);
        add("ns", "s", 1e-9, 0);
        add("min", "s", 60, 0);
        add("h", "s", 3600, 0);
        add("K", "K", 1, 0);
        add("mK", "K", 1e-3, 0);
        add("°C", "K", 1, 273.15);
        add("degC", "K", 1, 273.15);
        add("celsius", "K", 1, 273.15);
        add("Pa", "Pa", 1, 0);
        add("hPa", "Pa", 1e2, 0);
        add("kPa", "Pa", 1e3, 0);
        add("MPa", "Pa", 1e6, 0);
        add("bar", "Pa", 1e5, 0);
        add("mbar", "Pa", 1e2, 0);
        add("deg", "deg", 1, 0);
        add("°", "deg", 1, 0);
        add("degree", "deg", 1, 0);
        add("degrees", "deg", 1, 0);
        add("rad", "deg", 180 / Math.PI, 0);
        add("mrad", "deg", 0.180 / Math.PI, 0);
        add("Hz", "Hz", 1, 0);
        add("kHz", "Hz", 1e3, 0);
        add("MHz", "Hz", 1e6, 0);
        add("g", "g", 1, 0);
        add("mg", "g", 1e-3, 0);
        add("kg", "g", 1e3, 0);
        add("B", "B", 1, 0);
        add("kB", "B", 1e3, 0);
        add("MB", "B", 1e6, 0);
        add("GB", "B", 1e9, 0);
    }

    private static void energy() {
        add("eV", "eV", 1, 0);
        add("keV", "eV", 1e3, 0);
        add("MeV", "eV", 1e6, 0);
        add("GeV", "eV", 1e9, 0);
        add("J", "eV", 6.241509074e18, 0);
    }

    private static void add(String units, String dimension, double factor, double offset) {
        KNOWN.put(units, new Conversion(dimension, factor, offset));
    }

    private Units() {
    }

    /** The conversion of {@code units} as written (case matters: mK is not MK); unknown units are their own dimension. */
    public static Conversion of(String units) {
        String key = units == null ? "" : units.strip();
        Conversion known = KNOWN.get(key);
        return known != null ? known : new Conversion("'" + key + "'", 1, 0);
    }
}
