package org.beamcat.bench;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import picocli.CommandLine.Option;

/** Where the stack under test is and where results go: the options every scenario shares (run.sh passes them). */
public final class Target {

    @Option(names = "--url", required = true, description = "server base URL, e.g. http://localhost:35080")
    URI url;

    @Option(names = "--data-root", required = true, description = "the IDS main storage / ingestion data root")
    Path dataRoot;

    @Option(names = "--archive-root", required = true, description = "the IDS archive storage")
    Path archiveRoot;

    @Option(names = "--broker-port", required = true, description = "OpenMQ broker port of the domain")
    int brokerPort;

    @Option(names = "--jdbc-url", required = true, description = "the catalogue's PostgreSQL database")
    String jdbcUrl;

    @Option(names = "--jdbc-user", required = true)
    String jdbcUser;

    @Option(names = "--jdbc-password", required = true)
    String jdbcPassword;

    @Option(names = "--parts", required = true, description = "folder of per-scenario result files")
    Path parts;

    @Option(names = "--scale", defaultValue = "quick", description = "quick, esrf or large")
    String scaleName;

    @Option(names = "--root-user", defaultValue = "root", description = "a root user on the simple authenticator")
    String rootUser;

    @Option(names = "--root-password", defaultValue = "root")
    String rootPassword;

    @Option(names = "--member-user", defaultValue = "alice",
            description = "a non-root user on the simple authenticator, made a member of generated investigations")
    String memberUser;

    @Option(names = "--member-password", defaultValue = "alice")
    String memberPassword;

    public Scale scale() {
        return Scale.parse(scaleName);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword);
    }

    public String memberFullName() {
        return "simple/" + memberUser;
    }
}
