package org.beamcat.tango.usecase;

/** The message broker could not be reached or refused the message; the message was not sent. */
public class BrokerUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    public BrokerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
