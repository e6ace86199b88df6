package org.beamcat.profiles.plan;

import java.util.ArrayList;
import java.util.List;
import org.beamcat.icat.client.IcatException;
import org.beamcat.profiles.profile.BeamlineProfile;

/**
 * Applies a profile: plans, performs the plan's writes in order, then plans again to confirm the catalogue
 * holds the profile (the second plan of an applied profile is empty, which is what makes applying idempotent).
 */
public final class ProfileApplication {

    private final VocabularyCatalogue catalogue;
    private final ProfilePlanner planner;

    public ProfileApplication(VocabularyCatalogue catalogue) {
        this.catalogue = catalogue;
        this.planner = new ProfilePlanner(catalogue);
    }

    /** What was done, and what a plan made afterwards still lists (nothing, unless another writer interfered). */
    public record Outcome(ProfilePlan applied, List<Change> done, ProfilePlan after) {
    }

    public Outcome apply(BeamlineProfile profile) throws IcatException {
        ProfilePlan plan = planner.plan(profile);
        List<Change> done = new ArrayList<>();
        if (plan.facility() != 0) {
            for (Change change : plan.changes()) {
                change.apply(catalogue, plan.facility());
                done.add(change);
            }
        }
        return new Outcome(plan, done, plan.facility() == 0 ? plan : planner.plan(profile));
    }
}
