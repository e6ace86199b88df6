package org.beamcat.icat.server.authn.db;

import org.beamcat.icat.server.authn.password.Pbkdf2Password;

/**
 * The SQL that adds a user to the db authenticator's table (migration V2), as HashPassword prints it for
 * an administrator to run with psql or H2's shell. The name is checked rather than escaped, so the
 * statement cannot become anything else; the hash parts are base64url and a number.
 */
public final class DbUserSql {

    private DbUserSql() {
    }

    public static String insert(String userName, Pbkdf2Password password) {
        if (!userName.matches("[A-Za-z0-9._@-]{1,255}")) {
            throw new IllegalArgumentException("a db user name may hold letters, digits and . _ @ - only");
        }
        return "INSERT INTO AUTHN_DB_USER (NAME, ALGORITHM, ITERATIONS, SALT, PASSWORD_HASH) VALUES ('"
                + userName + "', '" + Pbkdf2Password.ALGORITHM + "', " + password.iterations() + ", '"
                + password.saltText() + "', '" + password.hashText() + "');";
    }
}
