package org.beamcat.profiles.cli;

import java.util.concurrent.Callable;
import org.beamcat.icat.client.IcatException;
import org.beamcat.profiles.plan.ProfilePlan;
import org.beamcat.profiles.plan.ProfilePlanner;
import org.beamcat.profiles.profile.BeamlineProfile;
import org.beamcat.profiles.profile.InvalidProfile;
import org.beamcat.profiles.profile.ProfileReader;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code plan PROFILE}: the dry run; reads the catalogue, writes nothing. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Dry run: lists what applying the profile would change in the catalogue; writes nothing.")
final class PlanCommand implements Callable<Integer> {

    @ArgGroup(exclusive = false, multiplicity = "1")
    ProfileSource source;

    @Mixin
    CatalogueOptions catalogue;

    @Override
    public Integer call() {
        try {
            BeamlineProfile profile = source.read(new ProfileReader());
            ProfilePlan plan = new ProfilePlanner(catalogue.connect()).plan(profile);
            System.out.println(profile.instrument().name() + " from " + source.name() + " (dry run, nothing written):");
            PlanReport.changes(System.out, "would ", plan.changes());
            PlanReport.notes(System.out, plan);
            System.out.println(plan.facility() == 0 ? "  cannot be applied"
                    : plan.upToDate() ? "  up to date: nothing to change" : "  " + plan.changes().size() + " changes");
            PlanReport.settings(System.out, profile);
            return plan.facility() == 0 ? BeamlineProfileMain.INVALID : 0;
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
