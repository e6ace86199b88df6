package org.beamcat.landing.registrar.fake;

/** A failure the fake DataCite can be told to produce instead of answering a request. */
public sealed interface Fault {

    /** 429 with a {@code Retry-After} header, as DataCite's rate limiter answers. */
    record TooManyRequests(int retryAfterSeconds) implements Fault {
    }

    /** A 5xx answer with a JSON:API error body, e.g. 500 or 503. */
    record ServerError(int status) implements Fault {
    }

    /** The connection is closed without any answer. */
    record DropConnection() implements Fault {
    }

    static Fault tooManyRequests(int retryAfterSeconds) {
        return new TooManyRequests(retryAfterSeconds);
    }

    static Fault serverError(int status) {
        return new ServerError(status);
    }

    static Fault dropConnection() {
        return new DropConnection();
    }
}
