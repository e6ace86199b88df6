package org.beamcat.icat.server.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.ZoneOffset;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.query.translation.JpqlQuery;
import org.beamcat.icat.server.query.translation.ReadRestriction;

/** Shared helpers: compile against the test model as root, and assert BAD_PARAMETER (never anything else). */
final class QueryAssertions {

    static final IcatQueries QUERIES = new IcatQueries(TestEntityModel.ICAT, ZoneOffset.UTC);

    private QueryAssertions() {
    }

    static JpqlQuery search(String query) {
        try {
            return QUERIES.search(query, "db/fred", ReadRestriction.UNRESTRICTED);
        } catch (IcatServerException e) {
            return fail("expected " + query + " to be accepted, but: " + e.type() + " " + e.getMessage());
        }
    }

    /** Asserts BAD_PARAMETER whose message contains {@code expectedFragment}; returns the message. */
    static String assertBad(String query, String expectedFragment) {
        String message = badParameterMessage(() -> QUERIES.search(query, "db/fred", ReadRestriction.UNRESTRICTED));
        assertTrue(message.contains(expectedFragment),
                "message '" + message + "' should contain '" + expectedFragment + "'");
        return message;
    }

    static String assertBadGet(String query, String expectedFragment) {
        String message = badParameterMessage(() -> QUERIES.get(query));
        assertTrue(message.contains(expectedFragment),
                "message '" + message + "' should contain '" + expectedFragment + "'");
        return message;
    }

    interface Compilation {
        Object run() throws IcatServerException;
    }

    static String badParameterMessage(Compilation compilation) {
        try {
            Object result = compilation.run();
            return fail("expected BAD_PARAMETER but got " + result);
        } catch (IcatServerException e) {
            assertEquals(IcatErrorType.BAD_PARAMETER, e.type(), e.getMessage());
            assertEquals(-1, e.offset(), "parse errors carry no list offset");
            return e.getMessage();
        } catch (RuntimeException | Error e) {
            throw new AssertionError("expected BAD_PARAMETER, got " + e, e);
        }
    }
}
