package org.beamcat.ids.catalogue;

import org.beamcat.icat.client.IcatException;
import org.beamcat.ids.error.BadRequestException;
import org.beamcat.ids.error.IdsException;
import org.beamcat.ids.error.InsufficientPrivilegesException;
import org.beamcat.ids.error.InternalException;
import org.beamcat.ids.error.NotFoundException;

/** The contract's translation of catalogue errors into IDS errors (1.2). */
final class IcatErrors {

    private IcatErrors() {
    }

    static IdsException translate(IcatException e) {
        String message = e.getMessage();
        return switch (e.type()) {
            case INSUFFICIENT_PRIVILEGES, SESSION -> new InsufficientPrivilegesException(message);
            case NO_SUCH_OBJECT_FOUND -> new NotFoundException(message);
            case BAD_PARAMETER, VALIDATION, OBJECT_ALREADY_EXISTS -> new BadRequestException(message);
            default -> new InternalException(e.type() + " from ICAT: " + message, e);
        };
    }
}
