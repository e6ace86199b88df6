package org.beamcat.icat.server.query.validation;

import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;

/** Every validation failure is a BAD_PARAMETER with a message naming the offending identifier or path. */
final class Problems {

    private Problems() {
    }

    static IcatServerException bad(String message) {
        return new IcatServerException(IcatErrorType.BAD_PARAMETER, message);
    }
}
