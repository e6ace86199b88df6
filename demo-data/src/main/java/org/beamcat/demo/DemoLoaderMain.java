package org.beamcat.demo;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.beamcat.demo.showcase.DemoShowcase;
import org.beamcat.demo.showcase.ShowcaseOutcome;
import org.beamcat.icat.client.CatalogueAccount;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.IcatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar demo-data.jar --data-root var/data}: loads the demo facility, or says it is there; with
 * {@code --ids-url} and {@code --doi-url} also archives one demo dataset and gives one ended session its DOI
 * ({@link DemoShowcase}); {@code --check} only reports that state. Exit code 0 when everything asked for
 * holds, 1 when the facility could not be loaded, 3 when it is loaded but a showcase step is not done.
 */
@Command(name = "demo-data", mixinStandardHelpOptions = true,
        description = "Loads BeamCat's demo facility through the ICAT REST API (idempotent).")
public final class DemoLoaderMain implements Callable<Integer> {

    /** Exit code: the facility is loaded but a showcase step (archive, DOI) is not done; the lines say why. */
    public static final int SHOWCASE_INCOMPLETE = 3;

    @Option(names = "--icat-url", defaultValue = "http://localhost:8080",
            description = "catalogue host URL, without /icat (default: ${DEFAULT-VALUE})")
    URI icatUrl;

    @Option(names = "--data-root", description = "data root the demo files are written under (required unless --check)")
    Path dataRoot;

    @Option(names = "--ids-url", description = "the IDS, e.g. http://localhost:8080/ids: archive demo dataset "
            + DemoShowcase.ARCHIVED_DATASET + " through it when it is two-level")
    URI idsUrl;

    @Option(names = "--doi-url", description = "the DOI service, e.g. http://localhost:8080/doi: run its DOI job"
            + " (mint-sessions) unless demo session " + DemoShowcase.INVESTIGATION + " has its DOI")
    URI doiUrl;

    @Option(names = "--check", description = "change nothing: only report whether the demo's archived dataset"
            + " and session DOI are there")
    boolean check;

    @Option(names = "--authenticator", defaultValue = "simple", description = "authenticator mnemonic (default: ${DEFAULT-VALUE})")
    String authenticator;

    @Option(names = "--user", defaultValue = "root", description = "a root user's name (default: ${DEFAULT-VALUE})")
    String user;

    @Option(names = "--password", defaultValue = "root", description = "that user's password (default: the demo's)")
    String password;

    public static void main(String[] args) {
        System.exit(new CommandLine(new DemoLoaderMain()).execute(args));
    }

    @Override
    public Integer call() {
        IcatClient client = IcatClient.create(icatUrl, Duration.ofSeconds(60));
        CatalogueAccount catalogue = CatalogueAccount.of(client, authenticator, user, password);
        DemoShowcase showcase = new DemoShowcase(catalogue, DemoBeamlines.FACILITY, idsUrl, doiUrl);
        if (check) {
            return showcase(showcase, false);
        }
        if (dataRoot == null) {
            System.err.println("demo-data: --data-root is required to load the demo facility");
            return 2;
        }
        try {
            DemoReport report = new DemoFacility(catalogue, new DemoFiles(dataRoot.toAbsolutePath())).load();
            System.out.println(report.summary());
        } catch (IcatException e) {
            System.err.println("demo-data: ICAT refused (" + e.type() + "): " + e.getMessage());
            return 1;
        } catch (java.io.IOException e) {
            System.err.println("demo-data: could not write the demo files: " + e.getMessage());
            return 1;
        } catch (IllegalStateException e) {
            System.err.println("demo-data: " + e.getMessage());
            return 1;
        }
        return showcase(showcase, true);
    }

    /** Runs or describes the showcase steps; prints one line per step ("demo: ..."). */
    private static int showcase(DemoShowcase showcase, boolean bringAbout) {
        try {
            List<ShowcaseOutcome> outcomes = bringAbout ? showcase.ensure() : showcase.describe();
            outcomes.forEach(outcome -> System.out.println("demo: " + outcome.message()));
            return outcomes.stream().allMatch(ShowcaseOutcome::done) ? 0 : SHOWCASE_INCOMPLETE;
        } catch (IcatException e) {
            System.out.println("demo: the catalogue refused (" + e.type() + "): " + e.getMessage());
        } catch (java.io.IOException | RuntimeException e) {
            System.out.println("demo: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.out.println("demo: interrupted");
        }
        return SHOWCASE_INCOMPLETE;
    }
}
