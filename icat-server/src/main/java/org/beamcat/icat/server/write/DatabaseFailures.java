package org.beamcat.icat.server.write;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.json.IcatDateFormat;
import org.beamcat.icat.server.persistence.DatabaseRefusals;

/**
 * Turns a failed flush into the catalogue's typed error. The checks before the flush should leave nothing for the
 * database to refuse; what still gets here is a race (another transaction stored the same key after our check) or
 * a bug. Standard SQLSTATEs, the same on H2 and PostgreSQL, say which: unique 23505, not null 23502, foreign key
 * 23503, too long 22001. The offset is that of the first row in the flushed batch of the entity whose constraint
 * failed: with JDBC batching the driver cannot say which row it was.
 */
final class DatabaseFailures {

    private DatabaseFailures() {
    }

    static IcatServerException map(PersistenceException failure, List<WrittenRow> flushed, IcatDateFormat dates) {
        SQLException sql = sqlCause(failure);
        String state = sql == null ? null : sql.getSQLState();
        String text = withoutStatement(sql == null ? String.valueOf(failure.getMessage()) : sql.getMessage());
        WrittenRow culprit = culprit(text, flushed);
        int offset = culprit == null ? (flushed.isEmpty() ? -1 : flushed.get(0).offset()) : culprit.offset();
        if ("23505".equals(state)) {
            if (culprit != null) {
                return UniqueKeyMessage.exists(culprit.accessor(), culprit.entity(), dates, offset);
            }
            return new IcatServerException(IcatErrorType.OBJECT_ALREADY_EXISTS, "Unique constraint violated: " + text,
                    offset);
        }
        if ("23502".equals(state) || "22001".equals(state)) {
            return new IcatServerException(IcatErrorType.VALIDATION, text, offset);
        }
        if ("23503".equals(state)) {
            // A referenced row was deleted by someone else after we looked it up.
            return new IcatServerException(IcatErrorType.NO_SUCH_OBJECT_FOUND, text, offset);
        }
        Optional<String> clientCause = DatabaseRefusals.clientCause(failure);
        if (clientCause.isPresent()) {
            // A value the database cannot take (a number out of its range, a character it cannot store…).
            return new IcatServerException(IcatErrorType.BAD_PARAMETER, "The database refused a value: "
                    + clientCause.get(), offset);
        }
        return new IcatServerException(IcatErrorType.INTERNAL, "Unexpected DB response " + text, offset);
    }

    /** H2 appends the failed SQL statement to its message; a client never sees SQL. */
    private static String withoutStatement(String message) {
        int statement = message.indexOf("; SQL statement:");
        return statement < 0 ? message : message.substring(0, statement);
    }

    /** The first flushed row of the entity whose UQ_&lt;TABLE&gt; constraint the database names, if it names one. */
    private static WrittenRow culprit(String text, List<WrittenRow> flushed) {
        // The migration names each entity's constraint UQ_<ENTITY>; H2 quotes it with an index suffix
        // ("UQ_DATASET_INDEX_8"), PostgreSQL in double quotes; either way the next character ends the name.
        String upper = text.toUpperCase(Locale.ROOT);
        for (WrittenRow row : flushed) {
            String constraint = "UQ_" + row.accessor().name().toUpperCase(Locale.ROOT);
            for (String end : new String[] {" ", "\"", "_INDEX"}) {
                if (upper.contains(constraint + end)) {
                    return row;
                }
            }
        }
        return null;
    }

    private static SQLException sqlCause(Throwable failure) {
        SQLException found = null;
        for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLException sql) {
                // A JDBC batch failure wraps the statement's own exception, which carries the real state.
                SQLException next = sql.getNextException();
                found = next != null && next.getSQLState() != null ? next : sql;
                if (found.getSQLState() != null) {
                    return found;
                }
            }
        }
        return found;
    }
}
