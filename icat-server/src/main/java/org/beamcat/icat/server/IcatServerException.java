package org.beamcat.icat.server;

import org.beamcat.icat.client.IcatErrorType;
import jakarta.ejb.ApplicationException;

/**
 * The catalogue's one typed failure: every use case reports errors with it, the REST edge maps it. Thrown out
 * of a transactional bean it rolls the transaction back, so a refused write leaves nothing behind.
 */
@ApplicationException(rollback = true)
public class IcatServerException extends Exception {

    private static final long serialVersionUID = 1L;

    private final IcatErrorType type;
    private final int offset;

    public IcatServerException(IcatErrorType type, String message) {
        this(type, message, -1);
    }

    public IcatServerException(IcatErrorType type, String message, int offset) {
        super(message);
        this.type = type;
        this.offset = offset;
    }

    public IcatErrorType type() {
        return type;
    }

    public int offset() {
        return offset;
    }
}
