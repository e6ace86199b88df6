package org.beamcat.profiles.cli;

import java.util.concurrent.Callable;
import org.beamcat.profiles.profile.BeamlineProfile;
import org.beamcat.profiles.profile.InvalidProfile;
import org.beamcat.profiles.profile.ProfileReader;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;

/** {@code validate PROFILE}: the schema and the profile rules, offline; every problem with its line and field. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a profile against the published schema and the profile rules (no catalogue needed).")
final class ValidateCommand implements Callable<Integer> {

    @ArgGroup(exclusive = false, multiplicity = "1")
    ProfileSource source;

    @Override
    public Integer call() {
        try {
            BeamlineProfile profile = source.read(new ProfileReader());
            System.out.println(source.name() + ": valid profile of " + profile.instrument().name() + " ("
                    + profile.parameters().size() + " parameters, techniques " + profile.techniques().stream()
                    .map(BeamlineProfile.Technique::name).toList() + ")");
            return 0;
        } catch (InvalidProfile e) {
            System.err.println(e.getMessage());
            return BeamlineProfileMain.INVALID;
        }
    }
}
