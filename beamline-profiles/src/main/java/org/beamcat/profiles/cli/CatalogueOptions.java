package org.beamcat.profiles.cli;

import java.net.URI;
import java.time.Duration;
import org.beamcat.icat.client.CatalogueAccount;
import org.beamcat.icat.client.IcatClient;
import org.beamcat.profiles.icat.IcatVocabularyCatalogue;
import picocli.CommandLine.Option;

/** How to reach the catalogue: its URL and a root user's login (reference data is written by root users). */
final class CatalogueOptions {

    @Option(names = "--icat-url", defaultValue = "${env:BEAMCAT_ICAT_URL:-http://localhost:8080}",
            description = "catalogue host URL, without /icat (default: ${DEFAULT-VALUE}; env BEAMCAT_ICAT_URL)")
    URI icatUrl;

    @Option(names = "--authenticator", defaultValue = "simple", description = "authenticator mnemonic (default: ${DEFAULT-VALUE})")
    String authenticator;

    @Option(names = "--user", defaultValue = "root", description = "a root user's name (default: ${DEFAULT-VALUE})")
    String user;

    @Option(names = "--password", arity = "0..1", interactive = true,
            defaultValue = "${env:BEAMCAT_ICAT_PASSWORD}",
            description = "that user's password (env BEAMCAT_ICAT_PASSWORD; --password alone asks for it)")
    String password;

    IcatVocabularyCatalogue connect() {
        if (password == null) {
            throw new IllegalArgumentException("no password: give --password (it asks) or set BEAMCAT_ICAT_PASSWORD");
        }
        IcatClient client = IcatClient.create(icatUrl, Duration.ofSeconds(60));
        return new IcatVocabularyCatalogue(CatalogueAccount.of(client, authenticator, user, password));
    }
}
