package org.beamcat.icat.server.query.ast;

public enum ComparisonOperator {
    EQUAL("="), NOT_EQUAL("<>"), LESS("<"), LESS_OR_EQUAL("<="), GREATER(">"), GREATER_OR_EQUAL(">=");

    private final String jpql;

    ComparisonOperator(String jpql) {
        this.jpql = jpql;
    }

    /** The JPQL spelling ({@code !=} is accepted on input and written as {@code <>}). */
    public String jpql() {
        return jpql;
    }

    public boolean isEquality() {
        return this == EQUAL || this == NOT_EQUAL;
    }
}
