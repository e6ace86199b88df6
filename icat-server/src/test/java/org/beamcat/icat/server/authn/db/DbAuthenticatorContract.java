package org.beamcat.icat.server.authn.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.beamcat.icat.server.authn.AuthenticatedUser;
import org.beamcat.icat.server.authn.AuthenticationFailure;
import org.beamcat.icat.server.authn.AuthenticatorUnavailable;
import org.beamcat.icat.server.authn.password.Pbkdf2Password;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The db authenticator on a migrated catalogue database; users are added with the SQL admins are given. */
abstract class DbAuthenticatorContract {

    private DataSource database;
    private DbAuthenticator authenticator;

    protected abstract DataSource migratedDatabase() throws Exception;

    @BeforeEach
    void addUsers() throws Exception {
        database = migratedDatabase();
        authenticator = new DbAuthenticator("db", database);
        execute(DbUserSql.insert("fred", Pbkdf2Password.create("pw-fred", 1_000)));
        execute(DbUserSql.insert("wilma", Pbkdf2Password.create("pw-wilma", 2_000)));
    }

    @Test
    void rightPasswordGivesDbSlashName() throws Exception {
        assertEquals(new AuthenticatedUser("fred", "db"), authenticate("fred", "pw-fred"));
        assertEquals("db/wilma", authenticate("wilma", "pw-wilma").userName());
    }

    @Test
    void wrongPasswordOrUnknownUserGiveTheSameMessage() {
        assertEquals(AuthenticationFailure.NO_MATCH,
                assertThrows(AuthenticationFailure.class, () -> authenticate("fred", "pw-wilma")).getMessage());
        assertEquals(AuthenticationFailure.NO_MATCH,
                assertThrows(AuthenticationFailure.class, () -> authenticate("barney", "pw-fred")).getMessage());
    }

    @Test
    void missingCredentialsAreNamed() {
        assertEquals("username cannot be null or empty.", assertThrows(AuthenticationFailure.class,
                () -> authenticator.authenticate(Map.of("password", "x"))).getMessage());
    }

    @Test
    void namesAreBoundNotConcatenated() {
        assertThrows(AuthenticationFailure.class, () -> authenticate("x' OR '1'='1", "anything"));
    }

    @Test
    void aRowWithAnUnknownAlgorithmMakesTheAuthenticatorUnavailable() throws Exception {
        execute("UPDATE AUTHN_DB_USER SET ALGORITHM = 'md5' WHERE NAME = 'fred'");
        assertThrows(AuthenticatorUnavailable.class, () -> authenticate("fred", "pw-fred"));
    }

    @Test
    void aMissingTableMakesTheAuthenticatorUnavailable() throws Exception {
        execute("DROP TABLE AUTHN_DB_USER");
        assertThrows(AuthenticatorUnavailable.class, () -> authenticate("fred", "pw-fred"));
    }

    private AuthenticatedUser authenticate(String user, String password) throws Exception {
        return authenticator.authenticate(Map.of("username", user, "password", password));
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = database.getConnection(); Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
    }
}
