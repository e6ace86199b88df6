package org.beamcat.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The bench program bench/run.sh drives: one subcommand per scenario, then the report. */
@Command(name = "beamcat-bench", mixinStandardHelpOptions = true,
        subcommands = {IngestCommand.class, GenerateCommand.class, BrowseCommand.class, IdsCommand.class,
            LandingCommand.class, SearchCommand.class, PortCommand.class, ReportCommand.class})
public final class BenchMain implements Runnable {

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
