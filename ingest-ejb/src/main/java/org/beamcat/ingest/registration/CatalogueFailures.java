package org.beamcat.ingest.registration;

import org.beamcat.icat.client.IcatException;

/** Sorts catalogue errors into those that may pass when tried again and those that never will. */
final class CatalogueFailures {

    private CatalogueFailures() {
    }

    /** Catalogue errors that will not pass on their own become rejections; the others stay retryable. */
    static IcatException rejectedIfPermanent(IcatException e, String doing) throws RegistrationRejected {
        switch (e.type()) {
            // OBJECT_ALREADY_EXISTS: a duplicate message wrote the same rows meanwhile; the retry skips them
            case INTERNAL, SESSION, OBJECT_ALREADY_EXISTS -> {
                return e;
            }
            default -> throw new RegistrationRejected("the catalogue refused " + doing + ": " + e.type() + " "
                    + e.getMessage());
        }
    }
}
