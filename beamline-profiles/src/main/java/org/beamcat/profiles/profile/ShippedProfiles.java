package org.beamcat.profiles.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The profiles of the ESRF beamlines shipped in this jar ({@code org/beamcat/profiles/beamlines/<name>.yaml}). */
public final class ShippedProfiles {

    /** In the order they joined BeamCat: the demo's four tomography/diffraction beamlines first. */
    public static final List<String> NAMES = List.of("ID11", "ID15", "ID16A", "ID16B", "ID01", "ID21", "ID30A-1",
            "ID30A-3", "ID30B", "ID23-2", "ID29", "BM29");

    private static final String FOLDER = "/org/beamcat/profiles/beamlines/";

    private ShippedProfiles() {
    }

    /** The resource path of a shipped profile, e.g. {@code /org/beamcat/profiles/beamlines/bm29.yaml}. */
    public static String resource(String beamline) {
        return FOLDER + beamline.toLowerCase(Locale.ROOT) + ".yaml";
    }

    /** The text of a shipped profile. */
    public static String text(String beamline) {
        try (InputStream in = ShippedProfiles.class.getResourceAsStream(resource(beamline))) {
            if (in == null) {
                throw new IllegalArgumentException("no shipped profile for " + beamline + "; shipped: " + NAMES);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @throws InvalidProfile when a shipped profile is broken (a build defect: the unit tests read every one)
     */
    public static BeamlineProfile read(ProfileReader reader, String beamline) throws InvalidProfile {
        return reader.read(resource(beamline).substring(1), text(beamline));
    }

    public static List<BeamlineProfile> readAll(ProfileReader reader, List<String> beamlines) throws InvalidProfile {
        List<BeamlineProfile> profiles = new ArrayList<>();
        for (String beamline : beamlines) {
            profiles.add(read(reader, beamline));
        }
        return profiles;
    }
}
