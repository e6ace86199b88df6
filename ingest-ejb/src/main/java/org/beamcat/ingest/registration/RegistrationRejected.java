package org.beamcat.ingest.registration;

/**
 * The message cannot be registered as it is, and trying again will not help (unknown proposal, unknown
 * parameter, ill-typed value, folder missing or outside the data root). Thrown before anything is written
 * to the catalogue, so a rejected message leaves nothing half-registered. The message goes straight to the
 * dead-letter queue with {@link #getMessage()} as its reason.
 */
public class RegistrationRejected extends Exception {

    private static final long serialVersionUID = 1L;

    public RegistrationRejected(String reason) {
        super(reason);
    }
}
