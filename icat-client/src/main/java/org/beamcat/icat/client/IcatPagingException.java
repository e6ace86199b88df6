package org.beamcat.icat.client;

/**
 * A later page of {@link IcatClient#searchAll} failed while the stream was being consumed (streams cannot
 * throw checked exceptions). {@link #icatException()} is the server's typed error.
 */
public final class IcatPagingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    IcatPagingException(IcatException cause) {
        super(cause.getMessage(), cause);
    }

    public IcatException icatException() {
        return (IcatException) getCause();
    }
}
