package org.beamcat.icat.server.query.parse;

/**
 * Unchecked carrier for a parse failure thrown from inside ANTLR call-backs and visitors, which cannot throw checked
 * exceptions; {@link QueryParser} turns it into a BAD_PARAMETER {@code IcatServerException}.
 */
final class QuerySyntaxError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    QuerySyntaxError(String message) {
        super(message, null, false, false);
    }

    static QuerySyntaxError at(int position, String message) {
        return new QuerySyntaxError(message + " at position " + position);
    }
}
