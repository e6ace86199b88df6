package org.beamcat.support.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Unexpected failures: the log gets the stack trace under an incident id (the request's id, so the
 * request log line and the failure line match), the client gets only the id.
 */
public final class Incidents {

    private Incidents() {
    }

    /**
     * Logs the failure and returns the incident id to quote in the response. A request the framework
     * refused (wrong method, media type: a 4xx WebApplicationException) is the caller's mistake, so it is
     * logged briefly, without a stack trace.
     */
    public static String record(Logger log, HttpServletRequest request, Throwable failure) {
        String incident = RequestIds.of(request == null ? null : request.getAttribute(RequestIds.PROPERTY));
        if (failure instanceof WebApplicationException refused && refused.getResponse().getStatus() < 500) {
            log.log(Level.INFO, "Request refused: {0} [request {1}]", new Object[] {failure.getMessage(), incident});
        } else {
            log.log(Level.SEVERE, "Unexpected failure [request " + incident + "]", failure);
        }
        return incident;
    }

    /** The sentence clients see instead of a class name or a stack trace. */
    public static String publicMessage(String incident) {
        return "Unexpected server error; quote incident " + incident + " to the administrators";
    }
}
