package org.beamcat.icat.server.authz;

/** The contract's wording of authorization failures (section 1.2). */
public final class AccessMessages {

    private AccessMessages() {
    }

    /** E.g. {@code READ access to this Dataset is not allowed.} */
    public static String notAllowed(Operation operation, String entity) {
        return operation.name() + " access to this " + entity + " is not allowed.";
    }
}
