package org.beamcat.tango.usecase;

import java.util.List;

/**
 * A call the device will not carry out, with every reason a beamline scientist needs to fix it. Each
 * detail is one sentence that names the field or state at fault; the device edge turns each into one
 * Tango DevError.
 */
public class RefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Refusal refusal;
    private final transient List<String> details;

    public RefusedException(Refusal refusal, List<String> details) {
        super(String.join("; ", details));
        if (details.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one detail");
        }
        this.refusal = refusal;
        this.details = List.copyOf(details);
    }

    public RefusedException(Refusal refusal, String detail) {
        this(refusal, List.of(detail));
    }

    public static RefusedException notAllowed(String detail) {
        return new RefusedException(Refusal.NOT_ALLOWED, detail);
    }

    public Refusal refusal() {
        return refusal;
    }

    public List<String> details() {
        return details;
    }
}
