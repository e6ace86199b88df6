package org.beamcat.ingest.web;

import jakarta.ws.rs.ext.Provider;

/** Maps the broker did not take or give a message: 503 with Retry-After and an incident id, never Payara's HTML page ({@link ErrorAnswer}). */
@Provider
public class BrokerUnavailableMapper extends ErrorAnswerMapper<BrokerUnavailableException> {
}
