package org.beamcat.ingest.web;

import jakarta.ws.rs.ext.Provider;

/** Maps an invalid dataset message: 400 with every problem found ({@link ErrorAnswer}). */
@Provider
public class InvalidMessageMapper extends ErrorAnswerMapper<org.beamcat.messages.InvalidMessageException> {
}
