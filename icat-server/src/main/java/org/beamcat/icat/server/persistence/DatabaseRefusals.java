package org.beamcat.icat.server.persistence;

import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises a database error caused by the values a client sent, not by the server: the standard SQLSTATE class 22
 * (data exception: division by zero, numeric overflow, a text that is no number, a bad LIKE escape, NUL in text…),
 * class 54 (program limit exceeded) and 57014 (statement cancelled, which is how a query timeout ends). H2 and
 * PostgreSQL use the same codes. The explanation is a fixed text per code: the database's own message may quote
 * the SQL statement, which is never shown to a client.
 */
public final class DatabaseRefusals {

    /** SQLSTATE of a cancelled statement (query timeout) on PostgreSQL and H2. */
    public static final String CANCELLED = "57014";

    private static final Map<String, String> DATA_EXCEPTIONS = Map.ofEntries(
            Map.entry("22012", "division by zero"),
            Map.entry("22003", "a number is out of range"),
            Map.entry("22P02", "a text is not a valid number or value of the compared type"),
            Map.entry("22018", "a value cannot be converted to the compared type"),
            Map.entry("22025", "invalid LIKE escape sequence"),
            Map.entry("22019", "invalid LIKE escape character"),
            Map.entry("2200C", "invalid use of the escape character"),
            Map.entry("22021", "a text contains a character the database cannot store (such as NUL)"),
            Map.entry("22008", "a date or time is out of range"),
            Map.entry("22007", "invalid date or time"),
            Map.entry("22011", "invalid SUBSTRING position or length"),
            Map.entry("22023", "invalid argument of a function"),
            Map.entry("2201E", "invalid argument of a logarithm"),
            Map.entry("2201F", "invalid argument of a power function"),
            Map.entry("2201B", "invalid regular expression"),
            Map.entry("22001", "a text is too long"));

    private DatabaseRefusals() {
    }

    /** What the client did wrong, when the failure is the client's; empty for a server-side failure. */
    public static Optional<String> clientCause(Throwable failure) {
        Optional<String> state = sqlState(failure);
        if (state.isEmpty()) {
            return Optional.empty();
        }
        String code = state.get();
        if (code.startsWith("22")) {
            return Optional.of(DATA_EXCEPTIONS.getOrDefault(code, "a value is invalid") + " (SQLSTATE " + code + ")");
        }
        if (code.startsWith("54")) {
            return Optional.of("the query is too complex for the database (SQLSTATE " + code + ")");
        }
        return Optional.empty();
    }

    /** True when the statement was cancelled because its time was up. */
    public static boolean timedOut(Throwable failure) {
        for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof QueryTimeoutException || t instanceof java.sql.SQLTimeoutException) {
                return true;
            }
        }
        return sqlState(failure).filter(CANCELLED::equals).isPresent();
    }

    /** The first SQLSTATE in the cause chain (a JDBC batch failure wraps the statement's own exception). */
    public static Optional<String> sqlState(Throwable failure) {
        for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLException sql) {
                SQLException next = sql.getNextException();
                if (next != null && next.getSQLState() != null) {
                    return Optional.of(next.getSQLState());
                }
                if (sql.getSQLState() != null) {
                    return Optional.of(sql.getSQLState());
                }
            }
        }
        return Optional.empty();
    }
}
