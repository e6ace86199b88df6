package org.beamcat.profiles.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar beamline-profiles.jar validate|plan|apply ...}: the administrator's program for beamline
 * profiles. Exit codes: 0 done (or valid, or up to date), 1 the profile is invalid or the catalogue refused,
 * 2 usage, 3 applied but something was refused (the lines say what).
 */
@Command(name = "beamline-profile", mixinStandardHelpOptions = true,
        description = "Validates a beamline profile, shows what it would change in the catalogue, applies it.",
        subcommands = {ValidateCommand.class, PlanCommand.class, ApplyCommand.class})
public final class BeamlineProfileMain implements Runnable {

    public static final int INVALID = 1;
    public static final int REFUSED = 3;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line without exiting (the tests and the demo call this). */
    public static int run(String... args) {
        return new CommandLine(new BeamlineProfileMain()).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }
}
