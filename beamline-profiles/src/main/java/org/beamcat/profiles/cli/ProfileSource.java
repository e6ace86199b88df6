package org.beamcat.profiles.cli;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.beamcat.profiles.profile.BeamlineProfile;
import org.beamcat.profiles.profile.InvalidProfile;
import org.beamcat.profiles.profile.ProfileProblem;
import org.beamcat.profiles.profile.ProfileReader;
import org.beamcat.profiles.profile.ShippedProfiles;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Where a command reads its profile: a file, or one the jar ships ({@code --shipped BM29}). */
final class ProfileSource {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Choice choice;

    static final class Choice {
        @Parameters(index = "0", paramLabel = "PROFILE", description = "the profile file (YAML or JSON)")
        Path file;

        @Option(names = "--shipped", paramLabel = "BEAMLINE", description = "a profile shipped with BeamCat: "
                + "ID11, ID15, ID16A, ID16B, ID01, ID21, ID30A-1, ID30A-3, ID30B, ID23-2, ID29, BM29")
        String shipped;
    }

    String name() {
        return choice.file != null ? choice.file.toString() : ShippedProfiles.resource(choice.shipped).substring(1);
    }

    BeamlineProfile read(ProfileReader reader) throws InvalidProfile {
        if (choice.shipped != null) {
            try {
                return ShippedProfiles.read(reader, choice.shipped);
            } catch (IllegalArgumentException e) {
                throw new InvalidProfile(choice.shipped, List.of(new ProfileProblem(0, "", e.getMessage())));
            }
        }
        try {
            if (Files.size(choice.file) > 4L << 20) {
                throw new InvalidProfile(name(), List.of(new ProfileProblem(0, "", "larger than 4 MiB")));
            }
            return reader.read(name(), Files.readString(choice.file, StandardCharsets.UTF_8));
        } catch (MalformedInputException e) {
            throw new InvalidProfile(name(), List.of(new ProfileProblem(0, "", "not UTF-8 text")));
        } catch (IOException e) {
            throw new InvalidProfile(name(), List.of(new ProfileProblem(0, "", "cannot be read: " + e)));
        }
    }
}
