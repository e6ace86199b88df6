package org.beamcat.demo;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.beamcat.icat.client.CatalogueAccount;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.icat.client.IcatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar demo-data.jar --data-root var/data}: loads the demo facility, or says it is there. */
@Command(name = "demo-data", mixinStandardHelpOptions = true,
        description = "Loads BeamCat's demo facility through the ICAT REST API (idempotent).")
public final class DemoLoaderMain implements Callable<Integer> {

    @Option(names = "--icat-url", defaultValue = "http://localhost:8080",
            description = "catalogue host URL, without /icat (default: ${DEFAULT-VALUE})")
    URI icatUrl;

    @Option(names = "--data-root", required = true, description = "data root the demo files are written under")
    Path dataRoot;

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
        try {
            CatalogueAccount catalogue = CatalogueAccount.of(client, authenticator, user, password);
            DemoReport report = new DemoFacility(catalogue, new DemoFiles(dataRoot.toAbsolutePath())).load();
            System.out.println(report.summary());
            return 0;
        } catch (IcatException e) {
            System.err.println("demo-data: ICAT refused (" + e.type() + "): " + e.getMessage());
            return 1;
        } catch (java.io.IOException e) {
            System.err.println("demo-data: could not write the demo files: " + e.getMessage());
            return 1;
        }
    }
}
