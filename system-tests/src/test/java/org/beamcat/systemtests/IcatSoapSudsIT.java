package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SOAP API at {@code /icat/ICATService/ICAT}, driven by Debian's python3-suds (the SOAP library python-icat
 * uses) through {@code src/test/python/icat_soap_suds.py}: the WSDL, login with each authenticator,
 * getEntityInfo for every entity against the WSDL's types, search with INCLUDE, create/update/delete,
 * faults with type and offset, rules for a member and a non-member, isAccessAllowed. Each of the script's
 * checks must print PASS.
 */
@ExtendWith(ArquillianExtension.class)
class IcatSoapSudsIT {

    private static final Path SCRIPT = Path.of("src/test/python/icat_soap_suds.py");
    private static final List<String> CHECKS = List.of(
            "wsdl: service ICATService, port ICATPort, namespace http://icatproject.org",
            "getApiVersion is 4.7.0",
            "login simple (root, alice, bob) and getUserName",
            "login db and getUserName",
            "login anon (empty credentials) and getUserName",
            "login faults: wrong password and unknown plugin are SESSION",
            "getRemainingMinutes, refresh, logout",
            "getProperties for root; INSUFFICIENT_PRIVILEGES for others",
            "getEntityNames lists the 38 ICAT 4.7 entities",
            "getEntityInfo for every entity agrees with the WSDL type",
            "getEntityInfo Dataset: constraint, relations, lengths",
            "getEntityInfo Parameter (the abstract parent python-icat asks for first)",
            "getEntityInfo of a non-entity is BAD_PARAMETER",
            "create and createMany (reference data, investigation with members, dataset with datafiles)",
            "search with INCLUDE (JPQL-like and concise) returns typed beans with their relations",
            "search scalar results (COUNT, a string attribute)",
            "get with INCLUDE 1",
            "update sets attributes and references as given",
            "delete and deleteMany",
            "faults carry type, message and offset",
            "rules: member reads, non-member does not; isAccessAllowed",
            "clean-up: the rule and the facility (with everything below it) are deleted again");

    @Deployment(testable = false)
    static WebArchive icatServer() {
        return Archives.icatServer();
    }

    @Test
    void wsdlIsServedBesideTheRestApi() throws Exception {
        HttpResponse<String> wsdl = Http.awaitStatus("/icat/ICATService/ICAT?wsdl", 200, Duration.ofSeconds(60));
        assertEquals(200, wsdl.statusCode(), wsdl.body());
        assertTrue(wsdl.body().contains("name=\"ICATService\"") && wsdl.body().contains("name=\"ICATPort\""),
                wsdl.body());
        assertEquals(200, Http.get("/icat/version").statusCode());
    }

    @Test
    void sudsClientPassesEveryCheck() throws Exception {
        assertTrue(Files.isRegularFile(SCRIPT), SCRIPT.toAbsolutePath().toString());
        Http.awaitStatus("/icat/ICATService/ICAT?wsdl", 200, Duration.ofSeconds(60));
        addDbUser("soapfred", "soap-flintstone");
        Process python = new ProcessBuilder("/usr/bin/python3", SCRIPT.toString(), Http.BASE.resolve("/icat").toString(),
                "soapfred", "soap-flintstone").redirectErrorStream(true).start();
        String output;
        try (var out = python.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(python.waitFor(5, TimeUnit.MINUTES), "suds script timed out");
        System.out.println(output);
        List<String> lines = output.lines().toList();
        for (String check : CHECKS) {
            assertTrue(lines.contains("PASS " + check), "check not passed: " + check + "\n" + output);
        }
        assertTrue(lines.contains("DONE " + CHECKS.size() + "/" + CHECKS.size()), output);
        assertEquals(0, python.exitValue(), output);
    }

    /** A user of the db authenticator, added to its table as an administrator would (PBKDF2-SHA256). */
    private static void addDbUser(String name, String password) throws Exception {
        byte[] salt = "sixteen-byte-slt".getBytes(StandardCharsets.US_ASCII);
        int iterations = 1_000;
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        try (Connection db = DriverManager.getConnection(System.getProperty("it.pg.url"),
                System.getProperty("it.pg.user"), System.getProperty("it.pg.password"))) {
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM AUTHN_DB_USER WHERE NAME = ?")) {
                delete.setString(1, name);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO AUTHN_DB_USER"
                    + " (NAME, ALGORITHM, ITERATIONS, SALT, PASSWORD_HASH) VALUES (?, 'pbkdf2-sha256', ?, ?, ?)")) {
                insert.setString(1, name);
                insert.setInt(2, iterations);
                insert.setString(3, base64url.encodeToString(salt));
                insert.setString(4, base64url.encodeToString(hash));
                insert.executeUpdate();
            }
        }
    }
}
