package org.beamcat.icat.server.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseRefusalsTest {

    private static PersistenceException failure(String sqlState, String databaseMessage) {
        return new PersistenceException("Exception [EclipseLink-4002]",
                new RuntimeException("wrapper", new SQLException(databaseMessage, sqlState)));
    }

    @Test
    void dataExceptionsAreTheClientsWithAFixedExplanation() {
        Optional<String> cause = DatabaseRefusals.clientCause(failure("22012",
                "Division by zero: \"1\"; SQL statement: SELECT t0.ID FROM DATASET t0"));
        assertEquals(Optional.of("division by zero (SQLSTATE 22012)"), cause);
        assertTrue(DatabaseRefusals.clientCause(failure("22021", "invalid byte sequence for encoding \"UTF8\": 0x00"))
                .orElseThrow().contains("NUL"));
        assertTrue(DatabaseRefusals.clientCause(failure("22999", "x")).orElseThrow().contains("22999"));
        assertTrue(DatabaseRefusals.clientCause(failure("54001", "statement too complex")).isPresent());
    }

    @Test
    void serverSideFailuresStayTheServers() {
        assertEquals(Optional.empty(), DatabaseRefusals.clientCause(failure("42P01", "missing FROM-clause entry")));
        assertEquals(Optional.empty(), DatabaseRefusals.clientCause(failure("08006", "connection failure")));
        assertEquals(Optional.empty(), DatabaseRefusals.clientCause(new PersistenceException("no SQL cause")));
    }

    @Test
    void aCancelledStatementIsATimeout() {
        assertTrue(DatabaseRefusals.timedOut(failure("57014", "canceling statement due to user request")));
        assertTrue(DatabaseRefusals.timedOut(new jakarta.persistence.QueryTimeoutException("timed out")));
        assertFalse(DatabaseRefusals.timedOut(failure("22012", "division by zero")));
    }
}
