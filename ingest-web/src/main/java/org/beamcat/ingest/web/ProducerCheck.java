package org.beamcat.ingest.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.Provider;
import org.beamcat.ingest.web.access.Caller;
import org.beamcat.ingest.web.access.Credentials;
import org.beamcat.ingest.web.access.IngestAccess;

/** Lets only authenticated producers reach calls marked {@link ProducerRequired}. */
@Provider
@ProducerRequired
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class ProducerCheck extends AccessCheck {

    @Override
    Caller check(IngestAccess access, Credentials credentials) {
        return access.requireProducer(credentials);
    }
}
