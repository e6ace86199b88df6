package org.beamcat.ingest.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beamcat.support.web.Incidents;
import org.beamcat.support.web.RequestIds;

/** The mappers of /ingest's own failures: each answers {@link ErrorAnswer#of} for its exception type. */
abstract class ErrorAnswerMapper<E extends Throwable> implements ExceptionMapper<E> {

    private static final Logger LOG = Logger.getLogger(ErrorAnswerMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(E failure) {
        if (failure instanceof IngestRequestException || failure instanceof org.beamcat.messages.InvalidMessageException) {
            return ErrorAnswer.of(failure, () -> "").response();
        }
        return ErrorAnswer.of(failure, () -> failure instanceof BrokerUnavailableException
                ? brokerIncident(failure) : Incidents.record(LOG, request, failure)).response();
    }

    /** A broker failure is not a bug: a warning with its cause, under the request's id. */
    private String brokerIncident(Throwable failure) {
        String id = RequestIds.of(request == null ? null : request.getAttribute(RequestIds.PROPERTY));
        LOG.log(Level.WARNING, "message broker failure [request " + id + "]", failure);
        return id;
    }
}
