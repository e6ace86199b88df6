package org.beamcat.icat.server.query;

/**
 * How big and how deep one query may be, so that no query text can make the parser, the validator or the
 * database work without bound. Each limit is checked before the database is asked, and a query over one is
 * BAD_PARAMETER naming the limit.
 *
 * @param maxLength         characters of query text
 * @param maxNestingDepth   nesting of parentheses, NOT/sign runs, function calls, conditions and sub-selects
 * @param maxVariables      FROM and JOIN variables in the whole query, sub-selects included (each one is a join
 *                          in SQL; hundreds of them kept PostgreSQL busy for minutes)
 * @param maxSubqueryDepth  sub-selects inside sub-selects (0: none allowed)
 * @param maxInListSize     values in one {@code IN (…)} list
 * @param maxTerms          operands of AND, OR and arithmetic chains in the whole query: EclipseLink's JPQL
 *                          validator recurses once per operand (3,000 ORs overflowed its stack)
 */
public record QueryLimits(int maxLength, int maxNestingDepth, int maxVariables, int maxSubqueryDepth,
        int maxInListSize, int maxTerms) {

    public static final QueryLimits DEFAULTS = new QueryLimits(65_536, 50, 20, 3, 5_000, 500);

    public QueryLimits {
        if (maxLength < 1 || maxNestingDepth < 1 || maxVariables < 1 || maxSubqueryDepth < 0 || maxInListSize < 1
                || maxTerms < 1) {
            throw new IllegalArgumentException("query limits must be positive");
        }
    }
}
