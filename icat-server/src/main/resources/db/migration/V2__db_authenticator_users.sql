-- BeamCat catalogue schema, version 2: the users of the "db" authenticator (not an ICAT entity).
--
-- Passwords are PBKDF2-HMAC-SHA256 with a random salt and an iteration count per user, so the count
-- can be raised for new passwords while old ones keep working. SALT and PASSWORD_HASH are base64url
-- without padding (16 and 32 bytes by default). ALGORITHM names the scheme ('pbkdf2-sha256') so that
-- another can be added later without a migration of the existing rows.
--
-- Add a user with the statement that `glassfish-config/scripts/hash-password.sh --sql NAME` prints;
-- delete one with DELETE FROM AUTHN_DB_USER WHERE NAME = '…'. Portable as V1: H2 2.2.224 and PostgreSQL 15.
CREATE TABLE AUTHN_DB_USER (
    NAME VARCHAR(255) NOT NULL,
    ALGORITHM VARCHAR(32) NOT NULL,
    ITERATIONS INTEGER NOT NULL,
    SALT VARCHAR(64) NOT NULL,
    PASSWORD_HASH VARCHAR(128) NOT NULL,
    CONSTRAINT PK_AUTHN_DB_USER PRIMARY KEY (NAME)
);
