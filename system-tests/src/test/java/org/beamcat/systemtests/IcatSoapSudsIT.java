package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SOAP API at {@code /ICATService/ICAT} (python-icat's default address; the EAR's icat-soap-root module forwards
 * it to icat-server's endpoint, also reachable at {@code /icat/ICATService/ICAT}), driven by Debian's python3-suds
 * (the SOAP library python-icat uses) through {@code src/test/python/icat_soap_suds.py}: the WSDL, login with each
 * authenticator,
 * getEntityInfo for every entity against the WSDL's types, search with INCLUDE, create/update/delete,
 * faults with type and offset, rules for a member and a non-member, isAccessAllowed. Each of the script's
 * checks must print PASS.
 */
@ExtendWith(ArquillianExtension.class)
class IcatSoapSudsIT extends DeployedBeamCat {

    private static final Path SCRIPT = Path.of("src/test/python/icat_soap_suds.py");
    private static final List<String> CHECKS = List.of(
            "wsdl: service ICATService, port ICATPort, namespace http://icatproject.org, soap:address as called",
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

    private static final String ROOT_ENDPOINT = "/ICATService/ICAT";
    private static final String WAR_ENDPOINT = "/icat/ICATService/ICAT";
    private static final Pattern SOAP_ADDRESS = Pattern.compile("<soap:address location=\"([^\"]*)\"");

    @Test
    void wsdlAtEitherAddressNamesTheAddressCalled() throws Exception {
        for (String endpoint : List.of(ROOT_ENDPOINT, WAR_ENDPOINT)) {
            HttpResponse<String> wsdl = Http.awaitStatus(endpoint + "?wsdl", 200, Duration.ofSeconds(60));
            assertEquals(200, wsdl.statusCode(), wsdl.body());
            assertTrue(wsdl.body().contains("name=\"ICATService\"") && wsdl.body().contains("name=\"ICATPort\""),
                    wsdl.body());
            Matcher address = SOAP_ADDRESS.matcher(wsdl.body());
            assertTrue(address.find(), wsdl.body());
            assertEquals(Http.BASE.resolve(endpoint).toString(), address.group(1));
            // the schema the WSDL imports is fetched from the same address
            assertTrue(wsdl.body().contains(Http.BASE.resolve(endpoint) + "?xsd=1"), wsdl.body());
            HttpResponse<String> schema = Http.get(endpoint + "?xsd=1");
            assertEquals(200, schema.statusCode(), schema.body());
            assertTrue(schema.body().contains("name=\"entityBaseBean\""), schema.body());
        }
        assertEquals(200, Http.get("/icat/version").statusCode());
    }

    @Test
    void sudsClientPassesEveryCheck() throws Exception {
        assertTrue(Files.isRegularFile(SCRIPT), SCRIPT.toAbsolutePath().toString());
        Http.awaitStatus(ROOT_ENDPOINT + "?wsdl", 200, Duration.ofSeconds(60));
        addDbUser("soapfred", "soap-flintstone");
        Process python = new ProcessBuilder("/usr/bin/python3", SCRIPT.toString(),
                Http.BASE.resolve(ROOT_ENDPOINT).toString(), "soapfred", "soap-flintstone").redirectErrorStream(true)
                .start();
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

    /** An operation the WSDL does not have (a typo, a 4.8+ call) is the client's fault, named, at either address. */
    @Test
    void unknownOperationIsAClientFaultNamingIt() throws Exception {
        for (String endpoint : List.of(ROOT_ENDPOINT, WAR_ENDPOINT)) {
            HttpResponse<String> answer = Http.post(endpoint, envelope("<icat:getUserNam><sessionId>x</sessionId>"
                    + "</icat:getUserNam>"), "text/xml; charset=utf-8", "SOAPAction", "\"\"");
            assertEquals(500, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("<faultcode>S:Client</faultcode>")
                    || answer.body().contains("<faultcode>soap:Client</faultcode>"), answer.body());
            assertTrue(answer.body().contains("{http://icatproject.org}getUserNam"), answer.body());
            assertNoLeak(answer);
            HttpResponse<String> empty = Http.post(endpoint, envelope(""), "text/xml; charset=utf-8");
            assertEquals(500, empty.statusCode(), empty.body());
            assertTrue(empty.body().contains("Client</faultcode>"), empty.body());
            assertNoLeak(empty);
        }
        // the endpoint still answers after them
        HttpResponse<String> version = Http.post(ROOT_ENDPOINT, envelope("<icat:getApiVersion/>"),
                "text/xml; charset=utf-8");
        assertEquals(200, version.statusCode(), version.body());
        assertTrue(version.body().contains("<return>4.7.0</return>"), version.body());
    }

    /**
     * The module at /ICATService is an ordinary web module: Grizzly keeps one adapter, so a path with a NUL escape is
     * still refused with a plain 400 (an enterprise-bean endpoint made these Payara's 500 page). A malformed escape
     * (%zz, %G0) is answered by Grizzly itself, before any module, with an empty 200 on every path of the domain
     * (seen on /icat, /ids, /doi and unknown roots alike): never a 5xx, the container's page or anything leaked.
     */
    @Test
    void malformedPathsAreRefusedOrAnsweredEmptyNeverWithAnError() throws Exception {
        for (String path : List.of("/icat/session/a%00b", "/ICATService/ICAT%00")) {
            String answer = rawGet(path);
            assertTrue(answer.startsWith("HTTP/1.1 400"), path + ": " + answer);
            assertNoLeak(path, answer);
        }
        for (String path : List.of("/ICATService/ICAT%zz", "/icat/version%zz", "/ids/ping%G0")) {
            String answer = rawGet(path);
            assertFalse(answer.startsWith("HTTP/1.1 5"), path + ": " + answer);
            assertTrue(answer.endsWith("\r\n\r\n"), path + " has a body: " + answer);
            assertNoLeak(path, answer);
        }
    }

    private static void assertNoLeak(String path, String answer) {
        for (String leak : List.of("Payara", "GlassFish", "Exception", "\tat ")) {
            assertFalse(answer.contains(leak), path + ": " + answer);
        }
    }

    private static String envelope(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><S:Envelope"
                + " xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:icat=\"http://icatproject.org\">"
                + "<S:Body>" + body + "</S:Body></S:Envelope>";
    }

    private static void assertNoLeak(HttpResponse<String> answer) {
        for (String leak : List.of("NullPointer", "Exception:", "\tat ", "at com.sun", "at org.", "Payara",
                "GlassFish")) {
            assertFalse(answer.body().contains(leak), "'" + leak + "' in " + answer.body());
        }
    }

    /** java.net.http refuses to send a malformed escape, so this one request goes over a socket. */
    private static String rawGet(String path) throws Exception {
        try (Socket socket = new Socket(Http.BASE.getHost(), Http.BASE.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
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
