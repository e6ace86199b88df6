package org.beamcat.ingest.web;

import jakarta.ws.rs.ext.Provider;

/** Maps a request /ingest refuses (bad id, unknown dead letter): its 4xx ({@link ErrorAnswer}). */
@Provider
public class IngestRequestMapper extends ErrorAnswerMapper<IngestRequestException> {
}
