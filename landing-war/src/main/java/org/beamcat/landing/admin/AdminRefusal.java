package org.beamcat.landing.admin;

/** A request /doi/admin refuses, with the status and code it answers ({@link AdminRefusalMapper}). */
public final class AdminRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public AdminRefusal(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static AdminRefusal badParameter(String message) {
        return new AdminRefusal(400, "BAD_PARAMETER", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
