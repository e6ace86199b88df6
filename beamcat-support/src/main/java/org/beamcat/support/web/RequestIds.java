package org.beamcat.support.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Request and incident ids: short, random, safe to print in logs and send to clients. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** Name of the request property (and servlet request attribute) that holds the id. */
    public static final String PROPERTY = "beamcat.requestId";

    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestIds() {
    }

    /** Keeps a caller's id only when it cannot be used to inject text into the logs. */
    public static String acceptOrCreate(String fromCaller) {
        return fromCaller != null && ACCEPTABLE.matcher(fromCaller).matches() ? fromCaller : newId();
    }

    public static String newId() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The id stored by {@link RequestLogFilter}, or a fresh one when the request never reached it. */
    public static String of(Object requestProperty) {
        return requestProperty instanceof String id ? id : newId();
    }
}
