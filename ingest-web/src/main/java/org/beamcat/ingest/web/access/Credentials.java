package org.beamcat.ingest.web.access;

import java.util.Locale;
import java.util.Optional;

/**
 * What a caller of {@code /ingest} presented: a producer's shared secret ({@code Authorization: Bearer
 * <token>}) and/or a catalogue session id (header {@value #SESSION_HEADER}, or the {@code sessionId} query
 * parameter as ICAT and IDS clients send it). Blank values count as absent.
 */
public record Credentials(Optional<String> bearerToken, Optional<String> sessionId) {

    /** Header that carries a catalogue session id, so the id need not appear in URLs and access logs. */
    public static final String SESSION_HEADER = "X-ICAT-Session-Id";

    /** From the raw {@code Authorization} header, the session header and the {@code sessionId} parameter. */
    public static Credentials of(String authorization, String sessionHeader, String sessionParameter) {
        Optional<String> session = present(sessionHeader).or(() -> present(sessionParameter));
        return new Credentials(bearer(authorization), session);
    }

    public boolean isEmpty() {
        return bearerToken.isEmpty() && sessionId.isEmpty();
    }

    /** A bearer token, or empty; any other scheme ({@code Basic …}) is absent, not an error. */
    private static Optional<String> bearer(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String value = authorization.strip();
        int space = value.indexOf(' ');
        if (space < 0 || !value.substring(0, space).toLowerCase(Locale.ROOT).equals("bearer")) {
            return Optional.empty();
        }
        return present(value.substring(space + 1));
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
