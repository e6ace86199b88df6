package org.beamcat.ingest.web;

/** A request /ingest refuses for a reason the caller can fix: a 4xx in the JSON error contract. */
public class IngestRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public IngestRequestException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static IngestRequestException badParameter(String message) {
        return new IngestRequestException(400, IngestError.BAD_PARAMETER, message);
    }

    static IngestRequestException notFound(String message) {
        return new IngestRequestException(404, IngestError.NO_SUCH_OBJECT_FOUND, message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
