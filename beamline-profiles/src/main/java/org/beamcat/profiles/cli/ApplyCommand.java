package org.beamcat.profiles.cli;

import java.util.concurrent.Callable;
import org.beamcat.icat.client.IcatException;
import org.beamcat.profiles.plan.ProfileApplication;
import org.beamcat.profiles.profile.BeamlineProfile;
import org.beamcat.profiles.profile.InvalidProfile;
import org.beamcat.profiles.profile.ProfileReader;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code apply PROFILE}: performs the plan; a second apply of the same profile changes nothing. */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Creates and updates what the profile needs in the catalogue; never deletes.")
final class ApplyCommand implements Callable<Integer> {

    @ArgGroup(exclusive = false, multiplicity = "1")
    ProfileSource source;

    @Mixin
    CatalogueOptions catalogue;

    @Override
    public Integer call() {
        try {
            BeamlineProfile profile = source.read(new ProfileReader());
            ProfileApplication.Outcome outcome = new ProfileApplication(catalogue.connect()).apply(profile);
            System.out.println(profile.instrument().name() + " from " + source.name() + ":");
            PlanReport.changes(System.out, "", outcome.done());
            PlanReport.notes(System.out, outcome.applied());
            if (outcome.applied().facility() == 0) {
                System.out.println("  nothing applied");
                return BeamlineProfileMain.INVALID;
            }
            System.out.println(outcome.done().isEmpty() ? "  up to date: nothing changed"
                    : "  " + outcome.done().size() + " changes applied");
            if (!outcome.after().upToDate()) {
                System.out.println("  still different after applying (another writer?):");
                PlanReport.changes(System.out, "  ", outcome.after().changes());
            }
            PlanReport.settings(System.out, profile);
            return outcome.applied().refused().isEmpty() && outcome.after().upToDate() ? 0 : BeamlineProfileMain.REFUSED;
        } catch (InvalidProfile e) {
            System.err.println(e.getMessage());
            return BeamlineProfileMain.INVALID;
        } catch (IcatException e) {
            System.err.println("beamline-profile: the catalogue refused (" + e.type() + "): " + e.getMessage());
            return BeamlineProfileMain.INVALID;
        } catch (IllegalArgumentException e) {
            System.err.println("beamline-profile: " + e.getMessage());
            return 2;
        }
    }
}
