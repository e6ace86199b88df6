package org.beamcat.icat.server.query.ast;

public enum ArithmeticOperator {
    PLUS("+"), MINUS("-"), TIMES("*"), DIVIDE("/");

    private final String jpql;

    ArithmeticOperator(String jpql) {
        this.jpql = jpql;
    }

    public String jpql() {
        return jpql;
    }
}
