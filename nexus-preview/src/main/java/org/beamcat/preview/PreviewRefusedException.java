package org.beamcat.preview;

/**
 * Thrown inside the module to stop a preview with a typed reason; {@link NexusPreview} turns it into a
 * {@link Refusal} result, so it never reaches a caller.
 */
public class PreviewRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Refusal refusal;

    public PreviewRefusedException(RefusalReason reason, String detail) {
        super(reason + ": " + detail, null, false, false);
        this.refusal = new Refusal(reason, detail);
    }

    public Refusal refusal() {
        return refusal;
    }
}
