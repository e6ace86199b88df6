package org.beamcat.ingest.web;

/** The message broker did not take or give a message (JMS failure): 503, the caller may try again. */
public class BrokerUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BrokerUnavailableException(String doing, Throwable cause) {
        super(doing + ": " + cause, cause);
    }
}
