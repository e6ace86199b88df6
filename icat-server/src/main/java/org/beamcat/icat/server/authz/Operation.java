package org.beamcat.icat.server.authz;

/** The four things a Rule's {@code crudFlags} can allow, each named by its flag letter. */
public enum Operation {
    CREATE('C'),
    READ('R'),
    UPDATE('U'),
    DELETE('D');

    private final char flag;

    Operation(char flag) {
        this.flag = flag;
    }

    public char flag() {
        return flag;
    }
}
