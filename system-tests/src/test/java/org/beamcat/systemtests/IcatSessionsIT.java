package org.beamcat.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions, users and properties over HTTP, on the real icat-server.war in the test domain that test.sh
 * configures: authenticators simple, db and anon; demo users root, alice, bob (password = name) on simple;
 * root user simple/root; lifetime 120 minutes. Expiry itself is tested on the use case (a lifetime
 * shorter than a minute cannot be configured).
 */
@ExtendWith(ArquillianExtension.class)
class IcatSessionsIT {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Deployment(testable = false)
    static WebArchive icatServer() {
        return Archives.icatServer();
    }

    @BeforeEach
    void catalogueIsUp() throws Exception {
        assertEquals(200, Http.awaitStatus("/icat/version", 200, Duration.ofSeconds(30)).statusCode());
    }

    @Test
    void propertiesHaveTheIcat47Shape() throws Exception {
        HttpResponse<String> response = Http.get("/icat/properties");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject usernamePassword = Json.createObjectBuilder().add("keys", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "username"))
                .add(Json.createObjectBuilder().add("name", "password").add("hide", true))).build();
        JsonObject expected = Json.createObjectBuilder()
                .add("maxEntities", 10_000)
                .add("lifetimeMinutes", 120)
                .add("authenticators", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("mnemonic", "simple").add("description", usernamePassword))
                        .add(Json.createObjectBuilder().add("mnemonic", "db").add("description", usernamePassword))
                        .add(Json.createObjectBuilder().add("mnemonic", "anon").add("description",
                                Json.createObjectBuilder().add("keys", JsonValue.EMPTY_JSON_ARRAY))))
                .add("containerType", "Glassfish")
                .build();
        assertEquals(expected, Http.json(response));
    }

    @Test
    void sessionLifecycleLoginInfoRefreshLogout() throws Exception {
        String id = login("simple", "alice", "alice");
        assertTrue(id.matches(UUID), id);

        JsonObject info = Http.json(Http.get("/icat/session/" + id));
        assertEquals("simple/alice", info.getString("userName"));
        double remaining = info.getJsonNumber("remainingMinutes").doubleValue();
        assertTrue(remaining > 119 && remaining <= 120, "remainingMinutes " + remaining);

        HttpResponse<String> refreshed = Http.put("/icat/session/" + id);
        assertEquals(204, refreshed.statusCode(), refreshed.body());
        assertEquals("", refreshed.body());
        // Refresh sets expiry to now + lifetime (exactly checked with a test clock in SessionServiceTest);
        // over HTTP only "back to (almost) the full lifetime" can be asserted without racing the clock.
        double afterRefresh = Http.json(Http.get("/icat/session/" + id)).getJsonNumber("remainingMinutes").doubleValue();
        assertTrue(afterRefresh > 119.5 && afterRefresh <= 120, "remainingMinutes after refresh " + afterRefresh);

        HttpResponse<String> loggedOut = Http.delete("/icat/session/" + id);
        assertEquals(204, loggedOut.statusCode(), loggedOut.body());
        String unknown = "Unable to find user by sessionid: " + id;
        assertIcatError(Http.get("/icat/session/" + id), 403, "SESSION", unknown);
        assertIcatError(Http.put("/icat/session/" + id), 403, "SESSION", unknown);
        assertIcatError(Http.delete("/icat/session/" + id), 403, "SESSION", unknown);
    }

    @Test
    void unknownSessionIsASessionErrorWithCors() throws Exception {
        HttpResponse<String> response = Http.get("/icat/session/no-such-session");
        assertIcatError(response, 403, "SESSION", "Unable to find user by sessionid: no-such-session");
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    void rootLogsInLikeAnyoneElse() throws Exception {
        String id = login("simple", "root", "root");
        assertEquals("simple/root", Http.json(Http.get("/icat/session/" + id)).getString("userName"));
        Http.delete("/icat/session/" + id);
    }

    @Test
    void credentialsMayBeOneObjectAndTheContentTypeMayCarryACharset() throws Exception {
        HttpResponse<String> response = Http.postForm("/icat/session", Map.of("json",
                "{\"plugin\":\"simple\",\"credentials\":[{\"username\":\"bob\",\"password\":\"bob\"}]}"),
                "application/x-www-form-urlencoded; charset=UTF-8");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(Http.json(response).getString("sessionId").matches(UUID), response.body());
    }

    @Test
    void anonymousLoginIsAnonSlashAnon() throws Exception {
        HttpResponse<String> response = Http.postForm("/icat/session",
                Map.of("json", "{\"plugin\":\"anon\",\"credentials\":[]}"));
        assertEquals(200, response.statusCode(), response.body());
        String id = Http.json(response).getString("sessionId");
        assertEquals("anon/anon", Http.json(Http.get("/icat/session/" + id)).getString("userName"));
    }

    @Test
    void dbAuthenticatorUsersComeFromTheirTable() throws Exception {
        addDbUser("fred", "flintstone");
        String id = login("db", "fred", "flintstone");
        assertEquals("db/fred", Http.json(Http.get("/icat/session/" + id)).getString("userName"));
        assertIcatError(loginResponse("db", "fred", "rubble"), 403, "SESSION", "The username and password do not match ");
    }

    @Test
    void wrongPasswordIsRefusedWithTheAuthenticatorsMessage() throws Exception {
        assertIcatError(loginResponse("simple", "alice", "bob"), 403, "SESSION", "The username and password do not match ");
        assertIcatError(loginResponse("simple", "mallory", "x"), 403, "SESSION", "The username and password do not match ");
    }

    @Test
    void unknownMnemonicIsNotRecognised() throws Exception {
        assertIcatError(loginResponse("typo", "alice", "alice"), 403, "SESSION", "Authenticator mnemonic typo not recognised");
    }

    @Test
    void missingOrBrokenJsonIsABadParameter() throws Exception {
        assertIcatError(Http.postForm("/icat/session", Map.of()), 400, "BAD_PARAMETER", "json must not be null");
        assertIcatError(Http.postForm("/icat/session", Map.of("jsn", "{}")), 400, "BAD_PARAMETER", "json must not be null");
        HttpResponse<String> broken = Http.postForm("/icat/session", Map.of("json", "rubbish"));
        assertEquals(400, broken.statusCode(), broken.body());
        assertEquals("BAD_PARAMETER", Http.json(broken).getString("code"));
    }

    @Test
    void loggedInCountsSessionsOfTheFullUserName() throws Exception {
        assertFalse(loggedIn("/icat/user/simple/nobody"));
        String id = login("simple", "bob", "bob");
        assertTrue(loggedIn("/icat/user/simple/bob"));
        assertFalse(loggedIn("/icat/user/bob"), "bare names are not the stored full names");
        assertFalse(loggedIn("/icat/user/db/bob"));
        Http.delete("/icat/session/" + id);
    }

    private static boolean loggedIn(String path) throws Exception {
        HttpResponse<String> response = Http.get(path);
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response).getBoolean("loggedIn");
    }

    private static String login(String plugin, String user, String password) throws Exception {
        HttpResponse<String> response = loginResponse(plugin, user, password);
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response).getString("sessionId");
    }

    private static HttpResponse<String> loginResponse(String plugin, String user, String password) throws Exception {
        String json = Json.createObjectBuilder().add("plugin", plugin).add("credentials", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("username", user))
                .add(Json.createObjectBuilder().add("password", password))).build().toString();
        return Http.postForm("/icat/session", Map.of("json", json));
    }

    private static void assertIcatError(HttpResponse<String> response, int status, String code, String message) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject body = Http.json(response);
        assertEquals(code, body.getString("code"), response.body());
        assertEquals(message, body.getString("message"), response.body());
    }

    /**
     * Adds a user the way the admin route does (hash-password.sh --sql), hashing independently of the server's
     * code so that the stored format itself is checked: PBKDF2-HMAC-SHA256, base64url salt and hash.
     */
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
